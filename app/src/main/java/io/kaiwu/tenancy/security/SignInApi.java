package io.kaiwu.tenancy.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.tenancy.user.ManagingUsers;
import io.kaiwu.tenancy.user.User;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Signing in over the REST API: the same check and throttle as the login form, answered
 * with a bearer token or a problem detail.
 */
@Component
public class SignInApi {

	private final AuthenticationManager authentication;

	private final IssuingTokens tokens;

	private final ManagingUsers users;

	private final ProblemDetails problems;

	SignInApi(AuthenticationManager authentication, IssuingTokens tokens, ManagingUsers users,
			ProblemDetails problems) {
		this.authentication = authentication;
		this.tokens = tokens;
		this.users = users;
		this.problems = problems;
	}

	/** A token and when it expires. */
	public record TokenAnswer(String token, OffsetDateTime expiresAt) {
	}

	public ResponseEntity<?> token(String username, String password, HttpServletRequest request) {
		Authentication signedIn;
		try {
			signedIn = authenticate(username, password, request);
		}
		catch (SignInThrottled ex) {
			return ResponseEntity.status(429)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
				.body(this.problems.of(429, "too-many-requests", "problem.signin.throttled", ex.minutes()));
		}
		catch (AuthenticationException ex) {
			return ResponseEntity.status(401)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.body(this.problems.of(401, "unauthorized", "problem.signin.bad-credentials"));
		}
		KaiwuPrincipal principal = (KaiwuPrincipal) signedIn.getPrincipal();
		User user = this.users.find(principal.userId()).orElseThrow();
		if (user.mustChangePassword()) {
			return ResponseEntity.status(403)
				.body(this.problems.of(403, "password-change-required", "problem.signin.must-change"));
		}
		IssuingTokens.Issued issued = this.tokens.signIn(principal);

		return ResponseEntity.ok(new TokenAnswer(issued.secret(), issued.token().expiresAt().atOffset(ZoneOffset.UTC)));
	}

	/** Changes a password with the current one, also a one-time one, without a token. */
	public ResponseEntity<?> changePassword(String username, String password, String newPassword,
			HttpServletRequest request) {
		ResponseEntity<?> refused = null;
		Authentication signedIn = null;
		try {
			signedIn = authenticate(username, password, request);
		}
		catch (SignInThrottled ex) {
			refused = ResponseEntity.status(429)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
				.body(this.problems.of(429, "too-many-requests", "problem.signin.throttled", ex.minutes()));
		}
		catch (AuthenticationException ex) {
			refused = ResponseEntity.status(401)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.body(this.problems.of(401, "unauthorized", "problem.signin.bad-credentials"));
		}
		if (refused != null || signedIn == null) {
			return refused;
		}
		this.users.changePassword(((KaiwuPrincipal) signedIn.getPrincipal()).userId(), password, newPassword);
		return ResponseEntity.noContent().build();
	}

	/** Revokes the token this request came with. */
	public void signOut(KaiwuPrincipal principal, HttpServletRequest request) {
		if (request.getAttribute(BearerTokenFilter.TOKEN_ID) instanceof UUID id) {
			this.tokens.signOut(principal, id);
		}
	}

	public void switchTenant(KaiwuPrincipal principal, @Nullable UUID tenant, HttpServletRequest request) {
		Object tokenId = request.getAttribute(BearerTokenFilter.TOKEN_ID);
		if (!(tokenId instanceof UUID id)) {
			throw new KaiwuProblem.Forbidden("problem.forbidden");
		}
		this.tokens.switchTenant(principal, id, tenant);
	}

	private Authentication authenticate(String username, String password, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		attempt.setDetails(new WebAuthenticationDetails(request));
		return this.authentication.authenticate(attempt);
	}

}
