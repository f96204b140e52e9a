package io.kaiwu.production.shopfloor;

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

import io.kaiwu.equipment.timeline.RecordingMachineStates;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ManagingWorkOrders;
import io.kaiwu.production.order.WorkOrders;
import io.kaiwu.production.order.WorkOrders.Status;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tablet pages as a tablet uses them: the work centre picker, the work centre's
 * cards, a start taken through htmx (the card comes back running), the same tap sent
 * again (kept once), and a pause without a reason refused on the card.
 */
@KaiwuIntegrationTest
class ShopfloorPagesIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	RecordingMachineStates machines;

	@Autowired
	ManagingProductionOrders productionOrders;

	@Autowired
	ManagingWorkOrders workOrders;

	private final HttpClient tablet = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aTabletStartsAWorkOrderOnItsCardOnceAndIsToldWhyAPauseNeedsAReason() throws Exception {
		ShopfloorFixtures f = new ShopfloorFixtures(new Api(this.port), this.machines, this.productionOrders,
				this.workOrders);
		signIn(f.tenant.adminUsername());
		String op10 = f.workOrderNow(f.op10).number();

		String centres = get("/production/shop-floor").body();
		assertThat(centres).contains("车削中心").contains("未完工单 2 个");

		String page = get("/production/shop-floor/" + f.workCentre).body();
		assertThat(page).contains(op10).contains(f.workOrderNow(f.op20).number()).contains("OP10 车削");
		String card = card(page, f.op10);
		assertThat(card).contains("value=\"START\"").doesNotContain("value=\"PAUSE\"");
		String clientReportId = field(card, "clientReportId");

		Map<String, String> start = Map.of("_csrf", csrf(page), "clientReportId", clientReportId, "kind", "START",
				"operator", "A017 张三");
		HttpResponse<String> started = post("/production/shop-floor/work-orders/" + f.op10 + "/reports", start);
		assertThat(started.statusCode()).isEqualTo(200);
		assertThat(started.body()).startsWith("<article")
			.contains("id=\"wo-" + f.op10 + "\"")
			.contains("进行中")
			.contains("已记录：开工")
			.contains("value=\"PAUSE\"")
			.doesNotContain(clientReportId);

		// the tablet did not see the answer and taps again: still one report
		assertThat(post("/production/shop-floor/work-orders/" + f.op10 + "/reports", start).statusCode())
			.isEqualTo(200);
		Api.Answer history = f.api.get("/api/v1/production/work-orders/" + f.op10 + "/reports", f.token());
		assertThat(history.json()).hasSize(1);
		assertThat(history.json().get(0).get("operator").asString()).isEqualTo("A017 张三");
		assertThat(f.workOrderNow(f.op10).status()).isEqualTo(Status.RUNNING);

		HttpResponse<String> refused = post("/production/shop-floor/work-orders/" + f.op10 + "/reports",
				Map.of("_csrf", csrf(page), "clientReportId", UUID.randomUUID().toString(), "kind", "PAUSE"));
		assertThat(refused.body()).contains("pauseReason").contains("暂停时必须选择暂停原因").contains("设备故障");
		assertThat(f.workOrderNow(f.op10).status()).isEqualTo(Status.RUNNING);

		String after = get("/production/shop-floor/" + f.workCentre).body();
		assertThat(after).contains("最近报工").contains("A017 张三");
	}

	private void signIn(String username) throws Exception {
		String login = get("/login").body();
		HttpResponse<String> signedIn = this.tablet.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					form(Map.of("username", username, "password", ShopfloorFixtures.PASSWORD, "_csrf", csrf(login)))))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	/** One work order's card out of the page. */
	private static String card(String page, String workOrder) {
		int start = page.indexOf("id=\"wo-" + workOrder + "\"");
		assertThat(start).as("the card of " + workOrder).isPositive();
		return page.substring(start, page.indexOf("</article>", start));
	}

	private static String field(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a field " + name).isTrue();
		return m.group(1);
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF field").isTrue();
		return m.group(1);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.tablet.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		return this.tablet.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString(form(new LinkedHashMap<>(fields))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
