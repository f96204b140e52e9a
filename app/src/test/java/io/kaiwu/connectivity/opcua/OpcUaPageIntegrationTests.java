package io.kaiwu.connectivity.opcua;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The OPC UA connections page: per-line errors in the mappings, saving, the connector
 * card of a broken endpoint (its error, retried with back-off) and deleting.
 */
@KaiwuIntegrationTest
class OpcUaPageIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void engineersEditConnectionsAndSeeABrokenEndpointRetry() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "OPC UA 页面 " + System.nanoTime());
		String token = tenant.adminToken();
		String code = "UAP" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		Api.Answer type = api.post("/api/v1/device-types", token, Map.of("code", code, "nameZh", "页面设备", "properties",
				List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", code, "name", "页面工厂"));
		String key = code.toLowerCase(Locale.ROOT);
		assertThat(api
			.post("/api/v1/devices", token, Map.of("key", key, "name", "设备", "typeId", type.json().get("id").asString(),
					"nodeId", site.json().get("id").asString()))
			.status()).isEqualTo(201);

		String login = get("/login").body();
		assertThat(post("/login",
				Map.of("username", tenant.adminUsername(), "password", "Settled-Passw0rd-7", "_csrf", csrf(login)))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> page = get("/connectors/opcua?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("No OPC UA connection yet.");

		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		String url = "opc.tcp://127.0.0.1:" + closed + "/nothing";
		HttpResponse<String> refused = post("/connectors/opcua",
				Map.of("name", "broken plc", "endpointUrl", url, "securityPolicy", "None", "securityMode", "None",
						"enabled", "true", "mappings", "# a comment\nns=2;s=" + key + "/temperature," + key
								+ ",temperature,500\nonly,two\nns=2;s=x," + key + ",pressure,100",
						"_csrf", csrf(page.body())));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Line 3: write nodeId,deviceKey,property,samplingMs");

		HttpResponse<String> unknown = post("/connectors/opcua", Map.of("name", "broken plc", "endpointUrl", url,
				"securityPolicy", "None", "securityMode", "None", "enabled", "true", "mappings",
				"ns=2;s=" + key + "/temperature," + key + ",temperature,500\n\nns=2;s=x," + key + ",pressure,100",
				"_csrf", csrf(page.body())));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("Line 3 (property): The thing model of device &quot;" + key
				+ "&quot; has no property &quot;pressure&quot;.");

		HttpResponse<String> saved = post("/connectors/opcua",
				Map.of("name", "broken plc", "endpointUrl", url, "securityPolicy", "None", "securityMode", "None",
						"enabled", "true", "mappings", "ns=2;s=" + key + "/temperature," + key + ",temperature,500",
						"_csrf", csrf(page.body())));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		JsonNode connection = api.get("/api/v1/connectors/opcua", token).json().get(0);
		assertThat(connection.get("name").asString()).isEqualTo("broken plc");
		String id = connection.get("id").asString();

		// nothing listens there: the error shows, and it is tried again (1 s, then 2 s)
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode status = api.get("/api/v1/connectors/opcua/" + id, token).json().get("status");
			assertThat(status.get("state").asString()).isEqualTo("FAILED");
			assertThat(status.get("errors").asLong()).isGreaterThanOrEqualTo(2);
		});
		HttpResponse<String> rows = get("/connectors/opcua?lang=en");
		assertThat(rows.body()).contains("<th>Errors</th>")
			.contains("<th>Message rate (last minute)</th>")
			.containsPattern("<td class=\"errors\">([2-9]|[1-9][0-9]+)</td>")
			.contains("<td class=\"rate\">0.0/s</td>");
		HttpResponse<String> cards = get("/connectors?lang=en");
		assertThat(cards.body()).contains("OPC UA · broken plc")
			.contains("Failed to start")
			.contains("Connection refused");
		HttpResponse<String> edit = get("/connectors/opcua?lang=en&edit=" + id);
		assertThat(edit.body()).contains("Edit connection &quot;broken plc&quot;").contains(key + ",temperature,500");

		assertThat(post("/connectors/opcua/" + id + "/delete", Map.of("_csrf", csrf(edit.body()))).statusCode())
			.isEqualTo(302);
		assertThat(api.get("/api/v1/connectors/opcua", token).json()).isEmpty();
		assertThat(get("/connectors?lang=en").body()).doesNotContain("broken plc");
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
