package io.kaiwu.tenancy.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a REST request in from {@code Authorization: Bearer <token>}. A token that is
 * present but unknown, expired or revoked is answered with 401 at once.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String TOKEN_ID = BearerTokenFilter.class.getName() + ".tokenId";

	private final IssuingTokens tokens;

	private final AuthenticationEntryPoint unauthorized;

	BearerTokenFilter(IssuingTokens tokens, AuthenticationEntryPoint unauthorized) {
		this.tokens = tokens;
		this.unauthorized = unauthorized;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<IssuingTokens.Authenticated> authenticated = this.tokens.authenticate(header.substring(7).trim());
		if (authenticated.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.unauthorized.commence(request, response, new BadCredentialsException("Invalid bearer token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(PasswordAuthentication.authenticated(authenticated.get().principal(), "bearer"));
		SecurityContextHolder.setContext(context);
		request.setAttribute(TOKEN_ID, authenticated.get().tokenId());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
