package io.kaiwu.alarm;

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

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alarm pages for the demo tenant: a rule made through the form, a refused one with
 * its reason, and an alarm acknowledged in place as htmx does it.
 */
@KaiwuIntegrationTest
class AlarmPagesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final Alarms alarms;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	AlarmPagesIntegrationTests(@Autowired Alarms alarms) {
		this.alarms = alarms;
	}

	/**
	 * The demo user remembers the language it last chose, and other page tests sign in as
	 * the demo user expecting the default: choose it again.
	 */
	@AfterEach
	void giveTheDemoUserItsLanguageBack() throws Exception {
		get("/alarms?lang=zh-CN");
	}

	@Test
	void rulesAreMadeThroughTheFormAndAlarmsAcknowledgedInPlace() throws Exception {
		Api api = new Api(this.port);
		String token = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		TenantId demo = TenantId
			.of(UUID.fromString(api.get("/api/v1/auth/me", token).json().get("tenantId").asString()));
		String cnc = api.get("/api/v1/device-types?q=CNC", token).json().get("items").get(0).get("id").asString();

		signIn();

		String rules = get("/alarm-rules?lang=en").body();
		assertThat(rules).contains("id=\"new-rule\"").contains("Threshold");
		String name = "页面规则 " + UUID.randomUUID();
		Map<String, String> form = new LinkedHashMap<>(
				Map.of("name", name, "deviceTypeId", cnc, "property", "temperature", "kind", "THRESHOLD", "comparison",
						">", "limit", "90", "deadband", "2", "severity", "MINOR", "messageZh",
						"{device} {property} = {value} {unit}", "messageEn", "{device} {property} = {value} {unit}"));
		form.put("_csrf", csrf(rules));
		assertThat(post("/alarm-rules", form, Map.of()).statusCode()).isEqualTo(302);
		assertThat(get("/alarm-rules").body()).contains(name).contains("&gt; 90 ±2");

		Map<String, String> expression = new LinkedHashMap<>(form);
		expression.putAll(Map.of("name", name + " 表达式", "kind", "EXPRESSION", "property", "", "expression",
				"temperature > 95 && temperature < 200", "messageZh", "{device} 温度 {temperature}"));
		assertThat(post("/alarm-rules", expression, Map.of()).statusCode()).isEqualTo(302);
		assertThat(get("/alarm-rules").body()).contains(name + " 表达式")
			.contains("temperature &gt; 95 &amp;&amp; temperature &lt; 200 ±2");
		expression.put("expression", "temperature >> 95");
		HttpResponse<String> unparsable = post("/alarm-rules?lang=en", expression, Map.of());
		assertThat(unparsable.statusCode()).isEqualTo(200);
		assertThat(unparsable.body()).contains("expression: At character 14 of the expression");

		form.put("property", "pressure");
		HttpResponse<String> refused = post("/alarm-rules?lang=en", form, Map.of());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("property: The thing model has no property &quot;pressure&quot;");

		Originator discharge = new Originator("discharge-point", UUID.randomUUID().toString());
		UUID alarm = this.alarms.raise(demo, discharge, "cod-over-limit", Severity.CRITICAL,
				new AlarmMessage("排放口 COD 超标", "Discharge point COD over the limit"));
		String list = get("/alarms?state=OPEN&lang=en").body();
		assertThat(list).contains("Discharge point COD over the limit")
			.contains("severity-critical")
			.contains("state-active_unacknowledged");
		HttpResponse<String> row = post("/alarms/" + alarm + "/acknowledge", Map.of("_csrf", csrf(list)),
				Map.of("HX-Request", "true"));
		assertThat(row.statusCode()).isEqualTo(200);
		assertThat(row.body()).startsWith("<tr")
			.contains("id=\"alarm-" + alarm + "\"")
			.contains("state-active_acknowledged")
			.contains("demo");
	}

	@Test
	void theStatisticsPageDrawsBarChartsOfTheChosenDaysInBothLanguages() throws Exception {
		signIn();
		String zh = get("/alarms/statistics?from=2026-03-02&to=2026-03-08").body();
		assertThat(zh).contains("告警统计")
			.contains("平均确认时间")
			.contains("id=\"chart-days\"")
			.contains("id=\"chart-rules\"")
			.contains("03-02")
			.contains("03-08")
			.contains("/js/charts.js");
		String en = get("/alarms/statistics?from=2026-03-02&to=2026-03-08&lang=en").body();
		assertThat(en).contains("Alarm statistics").contains("Mean time to clear").contains("Critical");
	}

	@Test
	void anOperatorShelvesAnAlarmFromTheListWithAReasonAndSeesItsHistoryOnTheDetailPage() throws Exception {
		Api api = new Api(this.port);
		String token = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		TenantId demo = TenantId
			.of(UUID.fromString(api.get("/api/v1/auth/me", token).json().get("tenantId").asString()));
		UUID alarm = this.alarms.raise(demo, new Originator("discharge-point", UUID.randomUUID().toString()),
				"ph-out-of-range", Severity.MAJOR, new AlarmMessage("排放口 pH 超出范围", "Discharge point pH out of range"));
		signIn();

		String list = get("/alarms?state=OPEN").body();
		assertThat(list).contains("id=\"shelve-" + alarm + "\"").contains("href=\"/alarms/" + alarm + "\"");
		HttpResponse<String> noReason = post("/alarms/" + alarm + "/shelve",
				Map.of("duration", "PT2H", "reason", " ", "_csrf", csrf(list)), Map.of());
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("reason: 此项必填");
		HttpResponse<String> shelved = post("/alarms/" + alarm + "/shelve",
				Map.of("duration", "PT2H", "reason", "在线仪表校准", "_csrf", csrf(list)), Map.of());
		assertThat(shelved.statusCode()).isEqualTo(302);
		assertThat(shelved.headers().firstValue("Location").orElse("")).endsWith("/alarms/" + alarm);
		assertThat(get("/alarms?state=OPEN").body()).doesNotContain("/alarms/" + alarm + "\"");
		assertThat(get("/alarms?state=OPEN&shelved=true").body()).contains("/alarms/" + alarm + "/unshelve");

		String detail = get("/alarms/" + alarm).body();
		assertThat(detail).contains("排放口 pH 超出范围")
			.contains("id=\"alarm-shelved\"")
			.contains("在线仪表校准")
			.contains("id=\"alarm-history\"")
			.contains("<td>发生</td>")
			.contains("<td>搁置</td>");
		assertThat(post("/alarms/" + alarm + "/unshelve", Map.of("_csrf", csrf(detail)), Map.of()).statusCode())
			.isEqualTo(302);
		String english = get("/alarms/" + alarm + "?lang=en").body();
		assertThat(english).contains("Discharge point pH out of range")
			.contains("<td>Unshelved</td>")
			.contains("id=\"shelve-form\"")
			.doesNotContain("id=\"alarm-shelved\"");
		assertThat(get("/alarms?state=OPEN").body()).contains("/alarms/" + alarm + "\"");
		// as every page: a problem goes back with the reason (no referer here: home)
		HttpResponse<String> unknown = get("/alarms/" + UUID.randomUUID());
		assertThat(unknown.statusCode()).isEqualTo(302);
		assertThat(unknown.headers().firstValue("Location").orElse("")).endsWith("/");
	}

	private void signIn() throws Exception {
		String login = get("/login").body();
		assertThat(post("/login",
				Map.of("username", "demo", "password", KaiwuIntegrationTest.DEMO_PASSWORD, "_csrf", csrf(login)),
				Map.of())
			.statusCode()).isEqualTo(302);
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

	private HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
			throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return this.browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
