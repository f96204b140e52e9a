package io.kaiwu.connectivity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.connectivity.mqtt.MqttBroker;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connectors page shows the MQTT broker's real status, the dead-letter page shows a
 * rejected message of the user's own tenant, and viewers see neither.
 */
@KaiwuIntegrationTest
class ConnectivityPagesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	MqttBroker broker;

	@Test
	void engineersSeeConnectorsAndDeadLettersViewersDoNot() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("接入页面企业"));
		String token = tenant.adminToken();
		Api.Answer site = api.post("/api/v1/structure/nodes", token, Map.of("level", "SITE", "code",
				unique("CP").toUpperCase(Locale.ROOT), "name", "接入工厂", "timeZone", "Asia/Shanghai"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("CP").toUpperCase(Locale.ROOT), "nameZh", "接入测试", "properties",
						List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE", "min", -20,
								"max", 120, "precision", 1))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String key = unique("cp");
		Api.Answer device = api.post("/api/v1/devices", token, Map.of("key", key, "name", "设备 " + key, "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		Api.Answer sent = api.postBasic("/api/v1/devices/" + key + "/telemetry", key,
				device.json().get("secret").asString(), "application/json",
				"{\"values\":{\"temperature\":537}}".getBytes(StandardCharsets.UTF_8));
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);

		HttpClient engineer = signIn(tenant.adminUsername(), "Settled-Passw0rd-7");
		HttpResponse<String> connectors = get(engineer, "/connectors?lang=en");
		assertThat(connectors.statusCode()).isEqualTo(200);
		assertThat(connectors.body()).contains("id=\"connector-mqtt\"")
			.contains("MQTT broker")
			.contains("Running")
			.contains("Message rate (last minute)")
			.contains("Devices connect on port " + this.broker.boundPort())
			.contains("href=\"/dead-letters\"")
			.contains("id=\"connector-http\"")
			.contains("HTTP ingest");
		assertThat(connectors.body().indexOf("id=\"connector-mqtt\""))
			.isLessThan(connectors.body().indexOf("id=\"connector-http\""));
		HttpResponse<String> letters = get(engineer, "/dead-letters?lang=en");
		assertThat(letters.statusCode()).isEqualTo(200);
		assertThat(letters.body()).contains(key)
			.contains("temperature")
			.contains("537")
			.contains("out-of-range")
			.contains("1 in total");
		assertThat(connectors.body()).contains("href=\"/connectors\"");

		String viewer = unique("viewer");
		Api.Answer created = api.post("/api/v1/users", token, Map.of("username", viewer, "displayName", "只读用户",
				"temporaryPassword", "Temporary-Pass-1", "roles", List.of("VIEWER")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/auth/password", null,
					Map.of("username", viewer, "password", "Temporary-Pass-1", "newPassword", "Viewer-Passw0rd-3"))
			.status()).isEqualTo(204);
		HttpClient reader = signIn(viewer, "Viewer-Passw0rd-3");
		assertThat(get(reader, "/connectors").statusCode()).isEqualTo(403);
		assertThat(get(reader, "/dead-letters").statusCode()).isEqualTo(403);
		assertThat(get(reader, "/devices").body()).doesNotContain("href=\"/connectors\"");
	}

	private HttpClient signIn(String username, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = get(browser, "/login").body();
		Matcher m = CSRF.matcher(login);
		assertThat(m.find()).as("a CSRF field").isTrue();
		HttpResponse<String> signedIn = post(browser, "/login",
				Map.of("username", username, "password", password, "_csrf", m.group(1)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return browser;
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
