package io.kaiwu.alarm.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Posts JSON to a webhook or a robot with the connect and read timeouts of the settings.
 * A 2xx answer is success; a robot (企业微信, 钉钉) also answers 200 when it refuses, so its
 * {@code errcode} must be 0.
 */
@Component
class HttpPosting {

	private final HttpClient client;

	private final Duration readTimeout;

	private final JsonMapper json;

	HttpPosting(NotificationSettings settings, JsonMapper json) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.readTimeout = settings.readTimeout();
		this.json = json;
	}

	Outcome post(String url, Map<String, String> headers, String body, boolean robot) {
		long start = System.nanoTime();
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
				.timeout(this.readTimeout)
				.header("Content-Type", "application/json; charset=utf-8")
				.header("User-Agent", "Kaiwu-Alarm-Notification")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			headers.forEach(request::header);
			HttpResponse<String> answer = this.client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			int status = answer.statusCode();
			if (status < 200 || status > 299) {
				return new Outcome(false, status, "HTTP " + status + ": " + start(answer.body()), took);
			}
			String refused = robot ? refusal(answer.body()) : null;
			return new Outcome(refused == null, status, refused, took);
		}
		catch (IOException | IllegalArgumentException ex) {
			return Outcome.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(),
					Duration.ofNanos(System.nanoTime() - start));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Outcome.failed("interrupted", Duration.ofNanos(System.nanoTime() - start));
		}
	}

	/**
	 * The robot's refusal ({@code errcode} other than 0), or null when it took the
	 * message.
	 */
	private String refusal(String body) {
		try {
			JsonNode answer = this.json.readTree(body);
			JsonNode code = answer.path("errcode");
			if (code.isMissingNode() || code.asInt() == 0) {
				return null;
			}
			return "errcode " + code.asInt() + ": " + answer.path("errmsg").asString("");
		}
		catch (RuntimeException ex) {
			return "not a robot answer: " + start(body);
		}
	}

	private static String start(String body) {
		return (body.length() > 300) ? body.substring(0, 300) : body;
	}

}
