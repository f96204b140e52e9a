package io.kaiwu.device;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.device.DeviceFixtures.demoToken;
import static io.kaiwu.device.DeviceFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device pages render for a signed-in user, and registering a device through the page
 * shows its secret once.
 */
@KaiwuIntegrationTest
class DevicePagesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void listsDetailsAndRegistersDevicesThroughThePages() throws Exception {
		Api api = new Api(this.port);
		String token = demoToken(api);
		String cnc = api.get("/api/v1/devices?q=demo-cnc-02", token).json().get("items").get(0).get("id").asString();
		String type = api.get("/api/v1/devices/" + cnc, token).json().get("typeId").asString();
		String unit = api.get("/api/v1/devices/" + cnc, token).json().get("nodeId").asString();

		String login = get("/login").body();
		assertThat(post("/login",
				Map.of("username", "demo", "password", KaiwuIntegrationTest.DEMO_PASSWORD, "_csrf", csrf(login)))
			.statusCode()).isEqualTo(302);

		HttpResponse<String> list = get("/devices?lang=en");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("demo-cnc-02").contains("Offline").contains("id=\"device-filter\"");
		HttpResponse<String> detail = get("/devices/" + cnc);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("spindleSpeed").contains("id=\"live-panel\"").doesNotContain("new-secret");
		assertThat(get("/device-types").statusCode()).isEqualTo(200);
		HttpResponse<String> model = get("/device-types/" + type);
		assertThat(model.statusCode()).isEqualTo(200);
		assertThat(model.body()).contains("setSpindleOverride").contains("alarm");

		String key = unique("page");
		HttpResponse<String> created = post("/devices",
				Map.of("key", key, "name", "页面登记", "typeId", type, "nodeId", unit, "_csrf", csrf(list.body())));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> shown = get(URI.create(location).getPath());
		Matcher secret = Pattern.compile("id=\"new-secret\">([A-Za-z0-9_-]{43})<").matcher(shown.body());
		assertThat(secret.find()).as("the secret is shown after registration").isTrue();
		assertThat(get(URI.create(location).getPath()).body()).doesNotContain(secret.group(1))
			.doesNotContain("new-secret");
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF field").isTrue();
		return m.group(1);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
