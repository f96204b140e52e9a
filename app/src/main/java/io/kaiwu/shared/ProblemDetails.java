package io.kaiwu.shared;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details whose title and detail come from the message bundles,
 * in the language of the request.
 */
@Component
public class ProblemDetails {

	private final MessageSource messages;

	private final JsonMapper json;

	ProblemDetails(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail of(int status, String slug, String detailKey, Object... args) {
		return of(LocaleContextHolder.getLocale(), status, slug, detailKey, args);
	}

	/**
	 * A problem in the given language, for filters that answer before Spring MVC sets
	 * one.
	 */
	public ProblemDetail of(Locale locale, int status, String slug, String detailKey, Object... args) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatusCode.valueOf(status));
		problem.setType(URI.create("urn:kaiwu:problem:" + slug));
		problem.setTitle(this.messages.getMessage("problem.title." + slug, null, slug, locale));
		problem.setDetail(this.messages.getMessage(detailKey, args, detailKey, locale));
		return problem;
	}

	public ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = of(400, "validation", "problem.validation");
		problem.setProperty("errors", errors);
		return problem;
	}

	public String message(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/**
	 * A refused form's reasons as a page shows them, in the reader's language: one line
	 * per bad field ({@code field: reason}), or the problem's one message.
	 */
	public java.util.List<String> lines(KaiwuProblem problem) {
		if (problem instanceof KaiwuProblem.InvalidInput invalid) {
			return invalid.errors().stream().map((e) -> e.field() + ": " + message(e.messageKey(), e.args())).toList();
		}
		return java.util.List.of(message(problem.messageKey(), problem.args()));
	}

	/**
	 * Writes the problem as the whole response, for filters and handlers that answer
	 * without Spring MVC's message converters.
	 */
	public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(this.json.writeValueAsString(asJson(problem)));
	}

	private Map<String, Object> asJson(ProblemDetail problem) {
		Map<String, Object> json = new java.util.LinkedHashMap<>();
		json.put("type", String.valueOf(problem.getType()));
		json.put("title", problem.getTitle());
		json.put("status", problem.getStatus());
		json.put("detail", problem.getDetail());
		if (problem.getProperties() != null) {
			json.putAll(problem.getProperties());
		}
		return json;
	}

	public static String slugFor(int status) {
		return switch (status) {
			case 400 -> "validation";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 409 -> "conflict";
			case 413 -> "too-large";
			case 415 -> "unsupported-media-type";
			case 429 -> "too-many-requests";
			default -> (status >= 500) ? "internal" : "bad-request";
		};
	}

}
