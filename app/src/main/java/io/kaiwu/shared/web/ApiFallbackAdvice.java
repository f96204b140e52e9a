package io.kaiwu.shared.web;

import java.io.IOException;

import io.kaiwu.shared.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests that reach no controller at all: an unknown path or a method an address does
 * not support. Under {@code /api} they get a problem detail like every other API error;
 * pages get the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackAdvice {

	private final ProblemDetails problems;

	ApiFallbackAdvice(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, 404);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	void methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (ex.getSupportedHttpMethods() != null) {
			response.setHeader("Allow",
					String.join(", ", ex.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		answer(request, response, 405);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	void unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(request, response, 415);
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(status);
			return;
		}
		String slug = ProblemDetails.slugFor(status);
		this.problems.write(response, this.problems.of(status, slug, "problem." + slug));
	}

}
