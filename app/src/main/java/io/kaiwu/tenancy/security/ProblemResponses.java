package io.kaiwu.tenancy.security;

import java.io.IOException;

import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.UiLocale;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * How the REST API answers before a controller is reached: 401 with
 * {@code WWW-Authenticate: Bearer} when no valid token came, 403 when the role is not
 * allowed, both as problem details. The API never redirects to a login page.
 */
@Component
class ProblemResponses {

	private final ProblemDetails problems;

	ProblemResponses(ProblemDetails problems) {
		this.problems = problems;
	}

	AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			write(response, this.problems.of(UiLocale.fromAcceptLanguage(request.getHeader("Accept-Language")), 401,
					"unauthorized", "problem.unauthorized"));
		};
	}

	AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response,
				this.problems.of(UiLocale.fromAcceptLanguage(request.getHeader("Accept-Language")), 403, "forbidden",
						"problem.forbidden"));
	}

	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		this.problems.write(response, problem);
	}

}
