package io.kaiwu.tenancy.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.tenancy.user.ManagingUsers;
import io.kaiwu.tenancy.user.User;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password for the login form and the token endpoint alike, behind
 * the {@link LoginThrottle}. The authenticated principal is a {@link KaiwuPrincipal}.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

	private final ManagingUsers users;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	PasswordAuthentication(ManagingUsers users, PasswordEncoder passwords, LoginThrottle throttle) {
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = String.valueOf(authentication.getName()).trim();
		String password = String.valueOf(authentication.getCredentials());
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? String.valueOf(details.getRemoteAddress()) : "unknown";
		Duration wait = this.throttle.waitFor(username, address);
		if (!wait.isZero()) {
			throw new SignInThrottled(wait);
		}
		Optional<User> user = this.users.findByUsername(username)
			.filter(User::enabled)
			.filter((u) -> this.passwords.matches(password, u.passwordHash()));
		if (user.isEmpty()) {
			this.throttle.failed(username, address);
			throw new BadCredentialsException("Bad credentials");
		}
		this.throttle.succeeded(username);
		return authenticated(user.get().principal(null), authentication.getDetails());
	}

	static UsernamePasswordAuthenticationToken authenticated(KaiwuPrincipal principal, Object details) {
		List<SimpleGrantedAuthority> authorities = principal.roles()
			.stream()
			.map((r) -> new SimpleGrantedAuthority(r.authority()))
			.toList();
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities);
		token.setDetails(details);
		return token;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
