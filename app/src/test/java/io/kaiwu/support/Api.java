package io.kaiwu.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for integration tests: real requests to the running application,
 * redirects never followed, so a test sees exactly what a REST client would.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	/** An answer: status, headers and the body, parsed when it is JSON. */
	public record Answer(int status, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(this.raw.body());
		}

		public @Nullable String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		public String body() {
			return this.raw.body();
		}

	}

	public Answer get(String path, @Nullable String token) {
		return send(request(path, token).GET().build());
	}

	/**
	 * A GET with extra headers, for example {@code Accept} or {@code Accept-Language}.
	 */
	public Answer get(String path, @Nullable String token, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path, token);
		headers.forEach(builder::setHeader);
		return send(builder.GET().build());
	}

	public Answer post(String path, @Nullable String token, @Nullable Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body(body)))
			.build());
	}

	public Answer put(String path, @Nullable String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(body(body)))
			.build());
	}

	public Answer patch(String path, @Nullable String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(body(body)))
			.build());
	}

	public Answer delete(String path, @Nullable String token) {
		return send(request(path, token).DELETE().build());
	}

	public Answer postRaw(String path, @Nullable String token, String contentType, String body) {
		return send(request(path, token).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * A POST authenticated with HTTP Basic (a device's key and secret), with a raw body;
	 * {@code user} {@literal null} sends no Authorization header.
	 */
	public Answer postBasic(String path, @Nullable String user, @Nullable String password, String contentType,
			byte[] body) {
		HttpRequest.Builder builder = request(path, null).header("Content-Type", contentType);
		if (user != null) {
			builder.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
	}

	/**
	 * Uploads one file as the multipart part {@code file}, as a browser form would.
	 */
	public Answer upload(String path, @Nullable String token, String filename, byte[] content) {
		String boundary = "kaiwu-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** A download: status, headers and the raw bytes of the body. */
	public record Download(int status, HttpResponse<byte[]> raw) {

		public byte[] bytes() {
			return this.raw.body();
		}

		public @Nullable String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

	}

	public Download download(String path, @Nullable String token) {
		HttpRequest request = request(path, token).GET().build();
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Signs in with the REST API and returns the bearer token; fails the test otherwise.
	 */
	public String token(String username, String password) {
		Answer answer = post("/api/v1/auth/token", null, Map.of("username", username, "password", password));
		if (answer.status() != 200) {
			throw new AssertionError("Sign-in of " + username + " failed: " + answer.status() + " " + answer.body());
		}
		return answer.json().get("token").asString();
	}

	private HttpRequest.Builder request(String path, @Nullable String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json, application/problem+json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private static String body(@Nullable Object body) {
		if (body == null) {
			return "";
		}
		return (body instanceof String s) ? s : JSON.writeValueAsString(body);
	}

	private Answer send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
