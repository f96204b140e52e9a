package io.kaiwu.masterdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser session over plain HTTP: signs in through the login form, keeps the session
 * cookie, and posts forms with the CSRF token the page carries. Redirects are not
 * followed, so a test sees the Post/Redirect/Get.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	public static PageSession signIn(int port, String username, String password) {
		PageSession session = new PageSession(port);
		HttpResponse<String> login = session.get("/login");
		assertThat(login.statusCode()).isEqualTo(200);
		HttpResponse<String> signedIn = session.post("/login", "/login",
				Map.of("username", username, "password", password, "_csrf", csrf(login.body())));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return session;
	}

	/** The CSRF token of the first form on the page. */
	public static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a form with a CSRF field").isTrue();
		return m.group(1);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept-Language", "zh-CN").GET());
	}

	/** Posts a form as a browser would, from the page {@code referer}. */
	public HttpResponse<String> post(String path, String referer, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", this.base + referer)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Opens a stream of server-sent events; the lines arrive as the server sends them.
	 * Close the stream to end it.
	 */
	public HttpResponse<java.util.stream.Stream<String>> stream(String path) {
		try {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path))
				.header("Accept", "text/event-stream")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofLines());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a multipart form with one file in the part {@code file}. */
	public HttpResponse<String> upload(String path, String referer, Map<String, String> fields, String filename,
			byte[] content) {
		String boundary = "kaiwu-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", this.base + referer)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
