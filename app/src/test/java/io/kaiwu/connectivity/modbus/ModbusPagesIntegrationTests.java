package io.kaiwu.connectivity.modbus;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Modbus page: an engineer creates a connection whose register map is CSV lines, sees
 * every bad line by number, saves a good one, finds it on the connectors page, edits and
 * deletes it.
 */
@KaiwuIntegrationTest
class ModbusPagesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void anEngineerEditsConnectionsWithCsvRegisterMaps() throws Exception {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, ModbusIntegrationTests.unique("Modbus页面"));
		String key = ModbusIntegrationTests.unique("page");
		ModbusIntegrationTests.createDevice(api, tenant.adminToken(), key);
		HttpClient browser = signIn(tenant.adminUsername(), "Settled-Passw0rd-7");

		HttpResponse<String> empty = get(browser, "/connectors/modbus?lang=en");
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Modbus TCP connections").contains("No Modbus TCP connection");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "page line");
		form.put("host", "127.0.0.1");
		form.put("port", "1");
		form.put("unitId", "1");
		form.put("pollIntervalMs", "1000");
		form.put("timeoutMs", "500");
		form.put("enabled", "on");
		form.put("registers",
				"# the press\n" + key + ",pressure,,input_register,0,float32\n" + key
						+ ",noSuchThing,,input_register,2,float32\n" + key + ",alarm,,coil,70000,bool\n" + key
						+ ",shots,,input_register,4,uint64");
		form.put("commands", "");
		HttpResponse<String> refused = post(browser, "/connectors/modbus?lang=en", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"modbus-errors\"")
			.contains("Register map, line 5: the dataType &quot;uint64&quot; cannot be read.")
			.doesNotContain("line 3");

		form.put("registers", "# the press\n" + key + ",pressure,,input_register,0,float32\n" + key
				+ ",noSuchThing,,input_register,2,float32\n" + key + ",alarm,,coil,70000,bool");
		refused = post(browser, "/connectors/modbus?lang=en", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Register map, line 3: The thing model of")
			.contains("Register map, line 4: The address 70000 is invalid");

		form.put("registers", key + ",pressure,,input_register,0,float32\n" + key + ",alarm,,discrete_input,0,bool");
		form.put("commands", key + ",setPressure.target,,holding_register,1000,float32");
		HttpResponse<String> saved = post(browser, "/connectors/modbus?lang=en", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		HttpResponse<String> edit = get(browser, URI.create(location).getPath() + "?lang=en");
		assertThat(edit.body()).contains("Saved.")
			.contains(key + ",pressure,,input_register,0,float32,ABCD,1,0")
			.contains(key + ",setPressure.target,,holding_register,1000,float32,ABCD,1,0");

		// nothing listens on port 1: the failed polls show as errors in the list
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(
					() -> assertThat(get(browser, "/connectors/modbus?lang=en").body()).contains("<th>Errors</th>")
						.contains("<th>Message rate (last minute)</th>")
						.containsPattern("<td class=\"errors\">[1-9][0-9]*</td>"));

		HttpResponse<String> connectors = get(browser, "/connectors?lang=en");
		assertThat(connectors.body()).contains("id=\"connector-modbus:page line\"")
			.contains("Polls the Modbus TCP server on port 1.")
			.contains("href=\"/connectors/modbus\"");

		HttpResponse<String> deleted = post(browser, URI.create(location).getPath() + "/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(get(browser, "/connectors/modbus?lang=en").body()).contains("No Modbus TCP connection");
	}

	private HttpClient signIn(String username, String password) throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		Matcher m = CSRF.matcher(get(browser, "/login").body());
		assertThat(m.find()).as("a CSRF field").isTrue();
		HttpResponse<String> signedIn = send(browser, "/login",
				Map.of("username", username, "password", password, "_csrf", m.group(1)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return browser;
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** A form post with the CSRF token of the Modbus page. */
	private HttpResponse<String> post(HttpClient browser, String path, Map<String, String> form)
			throws IOException, InterruptedException {
		Matcher m = CSRF.matcher(get(browser, "/connectors/modbus").body());
		assertThat(m.find()).as("a CSRF field").isTrue();
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", m.group(1));
		return send(browser, path, withToken);
	}

	private HttpResponse<String> send(HttpClient browser, String path, Map<String, String> form)
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

}
