package io.kaiwu.maintenance;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing a plan and an order on their pages: the form comes filled in, a refused change
 * shows each reason next to its field, word for word what the REST API answers for the
 * same change, and a good change is saved.
 */
@KaiwuIntegrationTest
class MaintenanceEditPagesIntegrationTests {

	private static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	Api api;

	MaintenanceFixtures given;

	PageSession session;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = MaintenanceFixtures.of(this.api);
		this.session = PageSession.signIn(this.port, this.given.tenant.adminUsername(), PASSWORD);
	}

	@Test
	void aPlanIsChangedOnItsPageAndARefusalNamesTheFieldsAsTheApiDoes() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Api.Answer created = this.api.post("/api/v1/maintenance-plans", token(), Map.of("equipmentId", machine.id(),
				"name", "每 1000 件换刀", "trigger", "COUNTER", "every", 1000, "checklist", List.of("更换刀具")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String path = "/maintenance/plans/" + created.json().get("id").asString();

		String page = this.session.get(path).body();
		assertThat(page).contains("id=\"edit-plan\"", "value=\"每 1000 件换刀\"", "value=\"1000\"", "更换刀具");
		assertThat(this.session.get("/maintenance/plans").body()).contains("href=\"" + path + "\"");

		Map<String, String> bad = new HashMap<>(Map.of("equipmentId", machine.id().toString(), "name", " ", "trigger",
				"COUNTER", "every", "0", "suppressAlarms", "true", "active", "true", "checklist", "更换刀具"));
		bad.put("_csrf", PageSession.csrf(page));
		HttpResponse<String> refused = this.session.post(path, path, bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		Api.Answer api = this.api.put("/api/v1/maintenance-plans/" + created.json().get("id").asString(), token(),
				Map.of("equipmentId", machine.id(), "name", " ", "trigger", "COUNTER", "every", 0, "suppressAlarms",
						true, "checklist", List.of("更换刀具")));
		assertThat(api.status()).isEqualTo(400);
		assertThat(fields(api)).containsOnlyKeys("name", "every", "suppressAlarms");
		fields(api).forEach((field, message) -> assertThat(refused.body()).as(field)
			.contains("id=\"error-" + field + "\">" + HtmlUtils.htmlEscape(message)));
		assertThat(refused.body()).as("the form as it was sent").contains("value=\"0\"");

		Map<String, String> good = new HashMap<>(bad);
		good.putAll(Map.of("name", "每 500 件换刀", "every", "500", "suppressAlarms", "", "active", "false"));
		assertThat(this.session.post(path, path, good).statusCode()).isEqualTo(302);
		JsonNode saved = this.api.get("/api/v1/maintenance-plans/" + created.json().get("id").asString(), token())
			.json();
		assertThat(saved.get("name").asString()).isEqualTo("每 500 件换刀");
		assertThat(saved.get("every").asInt()).isEqualTo(500);
		assertThat(saved.get("active").asBoolean()).as("paused on the page").isFalse();
	}

	@Test
	void anOpenOrderIsChangedOnItsPageAndARefusalNamesTheFieldsAsTheApiDoes() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Api.Answer created = this.api.post("/api/v1/maintenance-orders", token(),
				Map.of("kind", "CORRECTIVE", "equipmentId", machine.id(), "title", "主轴异响检修", "plannedStart",
						"2026-05-12T01:00:00Z", "plannedEnd", "2026-05-12T03:00:00Z"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String path = "/maintenance/orders/" + id;

		String page = this.session.get(path).body();
		assertThat(page).contains("id=\"edit-order\"", "value=\"主轴异响检修\"", "value=\"2026-05-12T09:00\"");

		Map<String, String> bad = new HashMap<>(Map.of("title", "", "priority", "HIGH", "plannedStart",
				"2026-05-12T11:00", "plannedEnd", "2026-05-12T10:00", "suppressAlarms", "true"));
		bad.put("_csrf", PageSession.csrf(page));
		HttpResponse<String> refused = this.session.post(path, path, bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		Api.Answer api = this.api.put("/api/v1/maintenance-orders/" + id, token(),
				Map.of("title", "", "priority", "HIGH", "plannedStart", "2026-05-12T03:00:00Z", "plannedEnd",
						"2026-05-12T02:00:00Z", "suppressAlarms", true));
		assertThat(api.status()).isEqualTo(400);
		assertThat(fields(api)).containsOnlyKeys("title", "plannedEnd");
		fields(api).forEach((field, message) -> assertThat(refused.body()).as(field)
			.contains("id=\"error-" + field + "\">" + HtmlUtils.htmlEscape(message)));
		assertThat(refused.body()).as("the form as it was sent").contains("value=\"2026-05-12T11:00\"");

		Map<String, String> good = new HashMap<>(bad);
		good.putAll(Map.of("title", "主轴轴承更换", "priority", "URGENT", "plannedEnd", "2026-05-12T13:00"));
		assertThat(this.session.post(path, path, good).statusCode()).isEqualTo(302);
		JsonNode saved = this.api.get("/api/v1/maintenance-orders/" + id, token()).json();
		assertThat(saved.get("title").asString()).isEqualTo("主轴轴承更换");
		assertThat(saved.get("priority").asString()).isEqualTo("URGENT");
		assertThat(saved.get("plannedEnd").asString()).isEqualTo("2026-05-12T05:00:00Z");
		assertThat(saved.get("suppressAlarms").asBoolean()).isTrue();
	}

	/** The API's reasons by field. */
	private static Map<String, String> fields(Api.Answer answer) {
		Map<String, String> fields = new HashMap<>();
		answer.json().get("errors").forEach((e) -> fields.put(e.get("field").asString(), e.get("message").asString()));
		return fields;
	}

	private String token() {
		return this.given.token();
	}

}
