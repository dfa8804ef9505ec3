package org.eservices.portal.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * How users prove who they are: the one seam between the identity source (local identity
 * or Keycloak) and every filter chain. Authorization rules never look past it: both
 * sources yield the same authorities (see {@link GroupAuthorities}).
 */
public interface SignIn {

	/** Browser sign-in with a server-side session, and sign-out. */
	void browsers(HttpSecurity http) throws Exception;

	/** Stateless credentials that API clients send with every call. */
	void apiClients(HttpSecurity http) throws Exception;

	/** Where a browser that is not signed in is sent. */
	AuthenticationEntryPoint browserChallenge();

	/**
	 * Signs out a browser whose sign-out arrives from elsewhere (the Camunda webapps' own
	 * sign-out call), ending the session and, where there is one, the identity
	 * provider's.
	 */
	LogoutHandler signOutEverywhere();

	/** The 401 an API client gets, naming the scheme it should use. */
	AuthenticationEntryPoint apiChallenge();

}
