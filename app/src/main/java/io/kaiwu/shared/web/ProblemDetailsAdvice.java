package io.kaiwu.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.ProblemDetails;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a REST endpoint becomes an RFC 9457 problem detail that says what was
 * wrong and how to fix it; validation errors list each field. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final ProblemDetails problems;

	ProblemDetailsAdvice(ProblemDetails problems) {
		this.problems = problems;
	}

	@ExceptionHandler(KaiwuProblem.class)
	ResponseEntity<ProblemDetail> kaiwuProblem(KaiwuProblem problem) {
		if (problem instanceof KaiwuProblem.InvalidInput invalid) {
			List<Map<String, String>> errors = invalid.errors()
				.stream()
				.map((error) -> Map.of("field", error.field(), "message",
						this.problems.message(error.messageKey(), error.args())))
				.toList();
			return ResponseEntity.badRequest().body(this.problems.invalid(errors));
		}
		ProblemDetail body = this.problems.of(problem.status(), ProblemDetails.slugFor(problem.status()),
				problem.messageKey(), problem.args());
		return ResponseEntity.status(problem.status()).body(body);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		List<Map<String, String>> errors = List
			.of(Map.of("field", ex.getName(), "message", this.problems.message("problem.field.type")));
		return ResponseEntity.badRequest().body(this.problems.invalid(errors));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		boolean outsideTenant = CurrentPrincipal.find()
			.filter((p) -> p.isPlatformAdmin() && p.tenant() == null)
			.isPresent();
		return ResponseEntity.status(403)
			.body(this.problems.of(403, "forbidden", outsideTenant ? "problem.tenant-required" : "problem.forbidden"));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return ResponseEntity.status(401)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.body(this.problems.of(401, "unauthorized", "problem.unauthorized"));
	}

	/**
	 * Two submissions raced to save the same thing and a unique key caught the second: a
	 * conflict the user can resolve by reloading, not a server fault.
	 */
	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
		log.info("A submission lost a race on a unique key: {}", ex.getMostSpecificCause().getMessage());
		return ResponseEntity.status(409).body(this.problems.of(409, "conflict", "problem.duplicate"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error answering a REST request", ex);
		return ResponseEntity.status(500).body(this.problems.of(500, "internal", "problem.internal"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(this.problems.invalid(fieldErrors(ex.getBindingResult())));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(Map.of("field", result.getMethodParameter().getParameterName() + "",
						"message", String.valueOf(error.getDefaultMessage())))));
		return ResponseEntity.badRequest().body(this.problems.invalid(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
			field = databind.getPath()
				.stream()
				.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> a + "." + b)
				.orElse("body");
		}
		List<Map<String, String>> errors = List
			.of(Map.of("field", field, "message", this.problems.message("problem.body.unreadable")));
		return ResponseEntity.badRequest().body(this.problems.invalid(errors));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		Object answer = body;
		if (body instanceof ProblemDetail detail) {
			int status = statusCode.value();
			String slug = ProblemDetails.slugFor(status);
			ProblemDetail localized = this.problems.of(status, slug, "problem." + slug);
			localized.setInstance(detail.getInstance());
			answer = localized;
		}
		return new ResponseEntity<>(answer, headers, statusCode);
	}

	private List<Map<String, String>> fieldErrors(BindingResult result) {
		List<Map<String, String>> errors = new ArrayList<>();
		result.getFieldErrors()
			.forEach((error) -> errors
				.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()))));
		result.getGlobalErrors()
			.forEach((error) -> errors
				.add(Map.of("field", error.getObjectName(), "message", String.valueOf(error.getDefaultMessage()))));
		return errors;
	}

}
