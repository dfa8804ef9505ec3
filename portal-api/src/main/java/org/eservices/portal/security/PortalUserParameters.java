package org.eservices.portal.security;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Controllers take the signed-in user as a {@link PortalUser} parameter. */
@Configuration(proxyBeanMethods = false)
class PortalUserParameters implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PortalUserArgumentResolver());
	}

}
