package io.kaiwu.telemetry;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live panel of the device page: a signed-in user opens the server-sent event stream
 * of a device, a measurement ingested over HTTP arrives on it, and the panel and the
 * history JSON show it; another tenant's user gets 404.
 */
@KaiwuIntegrationTest
class TelemetryLivePagesIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	@Test
	void aStoredMeasurementIsPushedToTheStreamAndShownInThePanelAndTheHistory() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("实时测试企业"));
		String token = tenant.adminToken();
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", "LIVE", "name", "实时工厂", "timeZone", "Asia/Shanghai"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("LIVE").toUpperCase(java.util.Locale.ROOT), "nameZh", "实时测试", "properties",
						List.of(Map.of("identifier", "temperature", "nameZh", "温度", "nameEn", "Temperature", "dataType",
								"DOUBLE", "unit", "°C", "precision", 1),
								Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
										List.of("running", "idle")))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String key = unique("live");
		Api.Answer device = api.post("/api/v1/devices", token, Map.of("key", key, "name", "实时设备", "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		String secret = device.json().get("secret").asString();

		HttpClient browser = signIn(tenant.adminUsername());
		HttpResponse<String> before = get(browser, "/telemetry/devices/" + key + "/panel?lang=en");
		assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
		assertThat(before.body()).contains("id=\"live-values\"").contains("No data").contains("history-property");

		HttpResponse<Stream<String>> stream = browser
			.send(HttpRequest.newBuilder(uri("/telemetry/devices/" + key + "/stream"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		CountDownLatch opened = new CountDownLatch(1);
		CountDownLatch pushed = new CountDownLatch(1);
		AtomicReference<String> values = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			try (Stream<String> lines = stream.body()) {
				Iterator<String> it = lines.iterator();
				boolean isValues = false;
				while (it.hasNext()) {
					String line = it.next();
					if (line.equals("event:open")) {
						opened.countDown();
					}
					if (line.equals("event:values")) {
						isValues = true;
					}
					else if (isValues && line.startsWith("data:")) {
						values.set(line.substring(5));
						pushed.countDown();
						return;
					}
				}
			}
		}, "live-stream-reader");
		reader.setDaemon(true);
		reader.start();
		assertThat(opened.await(10, TimeUnit.SECONDS)).as("the stream opened").isTrue();

		Instant ts = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
		Api.Answer ingested = api.postBasic("/api/v1/devices/" + key + "/telemetry", key, secret, "application/json",
				JSON.writeValueAsString(Map.of("ts", ts.toString(), "values", Map.of("temperature", 21.46)))
					.getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);

		assertThat(pushed.await(10, TimeUnit.SECONDS)).as("the new value was pushed").isTrue();
		JsonNode pushedValues = JSON.readTree(values.get());
		assertThat(pushedValues).hasSize(1);
		assertThat(pushedValues.get(0).get("property").asString()).isEqualTo("temperature");
		assertThat(pushedValues.get(0).get("value").asString()).isEqualTo("21.5 °C");
		assertThat(pushedValues.get(0).get("quality").asString()).isEqualTo("GOOD");
		assertThat(pushedValues.get(0).get("number").asDouble()).isEqualTo(21.5);
		reader.join(Duration.ofSeconds(10).toMillis());

		HttpResponse<String> panel = get(browser, "/telemetry/devices/" + key + "/panel?lang=en");
		assertThat(panel.statusCode()).isEqualTo(200);
		assertThat(panel.body()).contains("21.5 °C").contains("quality-good").contains(">Good<");

		HttpResponse<String> raw = get(browser,
				"/telemetry/devices/" + key + "/history?property=temperature&range=PT1H&interval=raw");
		assertThat(raw.statusCode()).as(raw.body()).isEqualTo(200);
		JsonNode rawJson = JSON.readTree(raw.body());
		assertThat(rawJson.get("zone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(rawJson.get("points")).hasSize(1);
		assertThat(rawJson.get("points").get(0).get(1).asDouble()).isEqualTo(21.5);
		HttpResponse<String> minutes = get(browser,
				"/telemetry/devices/" + key + "/history?property=temperature&range=P1D&interval=PT1M");
		assertThat(minutes.statusCode()).as(minutes.body()).isEqualTo(200);
		assertThat(JSON.readTree(minutes.body()).get("points").get(0).get(1).asDouble()).isEqualTo(21.5);
		assertThat(get(browser, "/telemetry/devices/" + key + "/history?property=state").statusCode()).isEqualTo(400);
		assertThat(get(browser, "/telemetry/devices/" + key + "/history?property=temperature&range=P1Y").statusCode())
			.isEqualTo(400);

		Tenants.FreshTenant other = Tenants.fresh(api, unique("他人企业"));
		HttpClient stranger = signIn(other.adminUsername());
		HttpResponse<String> foreign = stranger
			.send(HttpRequest.newBuilder(uri("/telemetry/devices/" + key + "/stream"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(get(stranger, "/telemetry/devices/" + key + "/panel").statusCode()).isEqualTo(404);
		assertThat(get(stranger, "/telemetry/devices/" + key + "/history?property=temperature").statusCode())
			.isEqualTo(404);
	}

	private HttpClient signIn(String username) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Matcher csrf = CSRF.matcher(get(browser, "/login").body());
		assertThat(csrf.find()).as("a CSRF field").isTrue();
		String form = Map.of("username", username, "password", PASSWORD, "_csrf", csrf.group(1))
			.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36);
	}

}
