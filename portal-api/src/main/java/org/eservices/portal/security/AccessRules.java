package org.eservices.portal.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call a feature's endpoints, declared as a bean next to its controllers (the
 * connectors declare theirs as Spring Security's own {@code Customizer} of the same
 * registry). {@link PortalSecurityConfig} applies every feature's rules, then its
 * catch-all: whatever no rule names needs a signed-in user.
 */
@FunctionalInterface
public interface AccessRules
		extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {

}
