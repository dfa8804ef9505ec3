package org.eservices.app.web;

import org.springframework.boot.autoconfigure.session.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie holds the session's id as it is, not Base64-encoded as Spring
 * Session writes it by default: Spring Security's OIDC back-channel logout calls the
 * platform back with the id it registered, in that cookie.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

	@Bean
	DefaultCookieSerializerCustomizer plainSessionIds() {
		return (serializer) -> serializer.setUseBase64Encoding(false);
	}

}
