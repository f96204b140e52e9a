package io.kaiwu.maintenance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maintenance pages for the demo tenant, as a technician on a tablet uses them: an
 * order made through the form, started, its checklist ticked, a spare part refused for a
 * zero quantity and then recorded, labour added, closing refused while a step is open and
 * then closed; a plan made through the form; the order on the maintenance calendar; in
 * both languages.
 */
@KaiwuIntegrationTest
class MaintenancePagesIntegrationTests {

	private static final Pattern ORDER = Pattern.compile("/maintenance/orders/([0-9a-f-]{36})$");

	private static final Pattern STEP = Pattern
		.compile("action=\"/maintenance/orders/[0-9a-f-]{36}/checklist/([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	PageSession session;

	/** The demo user keeps the language it chose; other page tests expect the default. */
	@AfterEach
	void giveTheDemoUserItsLanguageBack() {
		if (this.session != null) {
			this.session.get("/maintenance/orders?lang=zh-CN");
		}
	}

	@Test
	void aTechnicianWorksAnOrderFromTheFormToItsClosingAndSeesItOnTheCalendar() {
		Api api = new Api(this.port);
		String token = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		String node = api.get("/api/v1/structure/nodes?level=SITE", token)
			.json()
			.get("items")
			.get(0)
			.get("id")
			.asString();
		String code = "MT-" + UUID.randomUUID().toString().substring(0, 8);
		Api.Answer machine = api.post("/api/v1/equipment", token,
				Map.of("code", code, "name", "注塑机", "nodeId", node, "criticality", "B"));
		assertThat(machine.status()).as(machine.body()).isEqualTo(201);
		String machineId = machine.json().get("id").asString();
		String itemCode = api.get("/api/v1/items", token).json().get("items").get(0).get("code").asString();

		this.session = PageSession.signIn(this.port, "demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		String list = this.session.get("/maintenance/orders?lang=en").body();
		assertThat(list).contains("Maintenance orders").contains("id=\"new-order\"").contains(code);

		String title = "更换液压油 " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> form = new LinkedHashMap<>(Map.of("kind", "PREVENTIVE", "equipmentId", machineId, "title",
				title, "priority", "HIGH", "plannedStart", "2026-05-12T09:00", "plannedEnd", "2026-05-12T11:00",
				"checklist", "放油\r\n加注新油"));
		form.put("_csrf", PageSession.csrf(list));
		HttpResponse<String> created = this.session.post("/maintenance/orders", "/maintenance/orders", form);
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher id = ORDER.matcher(created.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).as("redirected to the order").isTrue();
		String path = "/maintenance/orders/" + id.group(1);

		String order = this.session.get(path).body();
		assertThat(order).contains(title).contains("放油").contains("Start work").contains("2026-05-12 09:00");
		String csrf = PageSession.csrf(order);
		assertThat(this.session.post(path + "/start", path, Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);

		order = this.session.get(path).body();
		Matcher steps = STEP.matcher(order);
		assertThat(steps.find()).isTrue();
		String first = steps.group(1);
		assertThat(steps.find()).isTrue();
		String second = steps.group(1);
		this.session.post(path + "/checklist/" + first, path, Map.of("done", "true", "_csrf", csrf));

		HttpResponse<String> zero = this.session.post(path + "/parts", path,
				Map.of("itemCode", itemCode, "quantity", "0", "_csrf", csrf));
		assertThat(zero.statusCode()).isEqualTo(200);
		assertThat(zero.body()).contains("quantity: Quantity &quot;0&quot; is invalid");
		assertThat(
				this.session.post(path + "/parts", path, Map.of("itemCode", itemCode, "quantity", "两个", "_csrf", csrf))
					.body())
			.contains("quantity: &quot;两个&quot; is not a number.");
		assertThat(
				this.session.post(path + "/parts", path, Map.of("itemCode", itemCode, "quantity", "1.5", "_csrf", csrf))
					.statusCode())
			.isEqualTo(302);
		assertThat(this.session.post(path + "/labour", path, Map.of("minutes", "45", "_csrf", csrf)).statusCode())
			.isEqualTo(302);

		HttpResponse<String> open = this.session.post(path + "/complete", path,
				Map.of("closureNotes", "油液乳化，已全部更换", "_csrf", csrf));
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.body()).contains("checklist: 1 checklist step(s) are not done: 加注新油");
		this.session.post(path + "/checklist/" + second, path, Map.of("done", "true", "_csrf", csrf));
		assertThat(this.session.post(path + "/complete", path, Map.of("closureNotes", "油液乳化，已全部更换", "_csrf", csrf))
			.statusCode()).isEqualTo(302);
		order = this.session.get(path).body();
		assertThat(order).contains("Done")
			.contains(itemCode)
			.contains("1.5")
			.contains("45 minutes in all")
			.contains("油液乳化，已全部更换");

		String plans = this.session.get("/maintenance/plans").body();
		assertThat(plans).contains("id=\"new-plan\"");
		String plan = "季度保养 " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> planForm = new LinkedHashMap<>(Map.of("equipmentId", machineId, "name", plan, "trigger",
				"CALENDAR", "every", "3", "calendarUnit", "MONTHS", "startOn", "2026-05-01", "checklist", "检查油位"));
		planForm.put("_csrf", PageSession.csrf(plans));
		assertThat(this.session.post("/maintenance/plans", "/maintenance/plans", planForm).statusCode()).isEqualTo(302);
		assertThat(this.session.get("/maintenance/plans").body()).contains(plan).contains("Every 3 months");

		String may = this.session.get("/maintenance/calendar?month=2026-05").body();
		assertThat(may).contains("id=\"maintenance-calendar\"").contains(title).contains("2026-05");
		LocalDate firstDue = LocalDate.of(2026, 5, 1);
		while (firstDue.isBefore(LocalDate.now(ZoneId.of("Asia/Shanghai")))) {
			firstDue = firstDue.plusMonths(3);
		}
		String dueMonth = firstDue.toString().substring(0, 7);
		assertThat(this.session.get("/maintenance/calendar?month=" + dueMonth).body())
			.contains("Due: " + code + " " + plan);
		assertThat(this.session.get("/maintenance/calendar?month=2026-05&lang=zh-CN").body()).contains("维护日历")
			.contains("周一");
	}

}
