package org.eservices.portal.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers successful password checks for a short time, so that API clients sending HTTP
 * Basic on every call do not cost two identity queries each. The key holds the password
 * only as an HMAC under a key that never leaves this process; failures are never cached.
 * A changed password or membership takes effect within {@link #TIME_TO_LIVE}.
 */
class CachingAuthenticationProvider implements AuthenticationProvider, RememberedSignIns {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

	private final AuthenticationProvider delegate;

	private final Cache<String, Authentication> authenticated = Caffeine.newBuilder()
		.expireAfterWrite(TIME_TO_LIVE)
		.maximumSize(10_000)
		.build();

	private final ThreadLocal<Mac> macs;

	CachingAuthenticationProvider(AuthenticationProvider delegate) {
		this.delegate = delegate;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (authentication.getCredentials() == null) {
			return this.delegate.authenticate(authentication);
		}
		String cacheKey = authentication.getName() + ":" + hmac(authentication.getCredentials().toString());
		Authentication known = this.authenticated.getIfPresent(cacheKey);
		if (known != null) {
			return known;
		}
		Authentication result = this.delegate.authenticate(authentication);
		if (result != null && result.isAuthenticated()) {
			this.authenticated.put(cacheKey, result);
		}
		return result;
	}

	@Override
	public void forget(String userId) {
		this.authenticated.asMap().keySet().removeIf((key) -> key.startsWith(userId + ":"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String hmac(String password) {
		return HexFormat.of().formatHex(this.macs.get().doFinal(password.getBytes(StandardCharsets.UTF_8)));
	}

}
