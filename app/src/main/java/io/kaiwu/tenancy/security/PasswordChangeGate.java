package io.kaiwu.tenancy.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a user signed in with a one-time or temporary password, every page leads to the
 * password change until a new one is set.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	static final String MUST_CHANGE = PasswordChangeGate.class.getName() + ".mustChange";

	static final String CHANGE_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean mustChange = session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
		if (mustChange && !path.equals(CHANGE_PAGE) && !path.equals("/logout") && !isStatic(path)) {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/images/") || path.equals("/favicon.ico");
	}

	/** Lifts the gate after the user set a new password. */
	static void passwordChanged(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(MUST_CHANGE);
		}
	}

}
