package io.kaiwu.equipment;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The equipment registry page for the demo tenant: a machine registered through the form
 * with its demo device by key, in both languages, and an unknown device key refused with
 * the reason.
 */
@KaiwuIntegrationTest
class EquipmentPagesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FIRST_NODE = Pattern.compile("<option value=\"([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aMachineIsRegisteredThroughTheFormWithItsDeviceKey() throws Exception {
		String login = get("/login").body();
		assertThat(post("/login",
				Map.of("username", "demo", "password", KaiwuIntegrationTest.DEMO_PASSWORD, "_csrf", csrf(login)))
			.statusCode()).isEqualTo(302);

		String page = get("/equipment?lang=en").body();
		assertThat(page).contains("id=\"new-equipment\"").contains("Equipment registry");
		Matcher node = FIRST_NODE.matcher(page);
		assertThat(node.find()).as("a structure node to choose").isTrue();
		String code = "PAGE-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = new LinkedHashMap<>(
				Map.of("code", code, "name", "立式加工中心", "nodeId", node.group(1), "deviceKey", "demo-cnc-01",
						"criticality", "A", "commissionedOn", "2024-05-01", "idealCycleTime", "PT12S"));
		form.put("_csrf", csrf(page));
		assertThat(post("/equipment", form).statusCode()).isEqualTo(302);
		assertThat(get("/equipment?lang=zh-CN").body()).contains(code).contains("设备台账").contains("A（停机即停产）");

		form.put("code", code + "-2");
		form.put("deviceKey", "no-such-device");
		HttpResponse<String> refused = post("/equipment?lang=en", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body())
			.contains("deviceKey: This tenant has no device with the key &quot;no-such-device&quot;");
	}

	@Test
	void theBoardShowsATilePerMachineThatRefreshesItselfAndTheSignalFormOffersTheDevicesProperties() throws Exception {
		String login = get("/login").body();
		assertThat(post("/login",
				Map.of("username", "demo", "password", KaiwuIntegrationTest.DEMO_PASSWORD, "_csrf", csrf(login)))
			.statusCode()).isEqualTo(302);
		String page = get("/equipment?lang=zh-CN").body();
		Matcher node = FIRST_NODE.matcher(page);
		assertThat(node.find()).isTrue();
		String code = "BOARD-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = new LinkedHashMap<>(Map.of("code", code, "name", "数控车床", "nodeId", node.group(1),
				"deviceKey", "demo-cnc-01", "criticality", "B", "idealCycleTime", "PT20S"));
		form.put("_csrf", csrf(page));
		assertThat(post("/equipment", form).statusCode()).isEqualTo(302);

		HttpResponse<String> board = get("/equipment/board");
		assertThat(board.statusCode()).isEqualTo(200);
		assertThat(board.body()).contains("设备看板")
			.contains("id=\"tile-" + code + "\"")
			.contains("hx-trigger=\"live:changed, every 60s\"")
			.contains("今日 OEE");
		HttpResponse<String> tiles = get("/equipment/board/tiles");
		assertThat(tiles.statusCode()).isEqualTo(200);
		assertThat(tiles.body()).contains("id=\"board-tiles\"").contains("tile-" + code).doesNotContain("<html");

		Matcher signals = Pattern.compile("href=\"(/equipment/[0-9a-f-]{36}/signals)\">" + code)
			.matcher(get("/equipment").body());
		assertThat(signals.find()).isTrue();
		String form2 = get(signals.group(1)).body();
		assertThat(form2).contains("信号映射").contains("value=\"spindleSpeed\"").contains("value=\"goodParts\"");

		HttpResponse<String> downtime = get("/equipment/downtime?hours=12");
		assertThat(downtime.statusCode()).isEqualTo(200);
		assertThat(downtime.body()).contains("停机记录").contains("id=\"stops\"").contains("/js/equipment.js");
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
