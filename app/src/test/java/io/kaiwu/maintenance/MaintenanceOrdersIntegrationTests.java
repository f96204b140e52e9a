package io.kaiwu.maintenance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.Alarms;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Maintenance orders over REST: one made by hand worked from open to done with its
 * checklist, spare parts and labour; closing refused without notes or with open steps;
 * one made from an alarm finds its machine through the alarm's device; bad input named
 * field by field; other tenants see nothing.
 */
@KaiwuIntegrationTest
class MaintenanceOrdersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Alarms alarms;

	Api api;

	MaintenanceFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = MaintenanceFixtures.of(this.api);
	}

	@Test
	void anOrderIsWorkedFromOpenToDoneWithChecklistPartsAndLabour() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Map<String, Object> draft = new HashMap<>(Map.of("kind", "CORRECTIVE", "equipmentId", machine.id(), "title",
				"主轴异响检修", "priority", "high", "assignee", "张工", "checklist", List.of("断电挂牌", "更换主轴轴承")));
		draft.put("plannedStart", "2026-03-02T01:00:00Z");
		draft.put("plannedEnd", "2026-03-02T05:00:00Z");
		Api.Answer created = this.api.post("/api/v1/maintenance-orders", token(), draft);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("state").asString()).isEqualTo("OPEN");
		assertThat(created.json().get("priority").asString()).isEqualTo("HIGH");
		assertThat(created.json().get("checklist")).hasSize(2);

		String path = "/api/v1/maintenance-orders/" + id;
		assertThat(this.api.post(path + "/start", token(), null).json().get("state").asString())
			.isEqualTo("IN_PROGRESS");
		Api.Answer part = this.api.post(path + "/parts", token(), Map.of("itemId", this.given.itemId, "quantity", 2));
		assertThat(part.status()).as(part.body()).isEqualTo(201);
		assertThat(part.json().get("parts").get(0).get("itemCode").asString()).isEqualTo(this.given.itemCode);
		assertThat(part.json().get("parts").get(0).get("quantity").asInt()).isEqualTo(2);
		Api.Answer labour = this.api.post(path + "/labour", token(), Map.of("person", "张工", "minutes", 90));
		assertThat(labour.json().get("labourMinutes").asInt()).isEqualTo(90);

		Api.Answer noNotes = this.api.post(path + "/complete", token(), Map.of("closureNotes", " "));
		assertThat(noNotes.status()).isEqualTo(400);
		assertThat(fields(noNotes)).containsExactlyInAnyOrder("closureNotes", "checklist");
		assertThat(noNotes.body()).contains("断电挂牌").contains("更换主轴轴承");

		JsonNode steps = labour.json().get("checklist");
		this.api.put(path + "/checklist/" + steps.get(0).get("id").asString(), token(), Map.of("done", true));
		Api.Answer oneOpen = this.api.post(path + "/complete", token(), Map.of("closureNotes", "轴承磨损，已更换"));
		assertThat(oneOpen.status()).isEqualTo(400);
		assertThat(fields(oneOpen)).containsExactly("checklist");
		assertThat(oneOpen.body()).contains("更换主轴轴承").doesNotContain("断电挂牌");

		Api.Answer ticked = this.api.put(path + "/checklist/" + steps.get(1).get("id").asString(), token(),
				Map.of("done", true));
		assertThat(ticked.json().get("checklist").get(1).get("doneBy").asString())
			.isEqualTo(this.given.tenant.adminUsername());
		Api.Answer done = this.api.post(path + "/complete", token(), Map.of("closureNotes", "轴承磨损，已更换"));
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.json().get("state").asString()).isEqualTo("DONE");
		assertThat(done.json().get("finishedBy").asString()).isEqualTo(this.given.tenant.adminUsername());

		Api.Answer afterClose = this.api.post(path + "/labour", token(), Map.of("minutes", 10));
		assertThat(afterClose.status()).isEqualTo(409);
		assertThat(this.api.post(path + "/start", token(), null).status()).isEqualTo(409);
		assertThat(this.api.get("/api/v1/maintenance-orders?equipmentId=" + machine.id() + "&state=DONE", token())
			.json()
			.get("total")
			.asLong()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/maintenance-orders?equipmentId=" + machine.id() + "&state=OPEN", token())
			.json()
			.get("total")
			.asLong()).isZero();

		String audit = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get("/api/v1/audit?entityType=maintenance-order&size=500", token()).body(),
					(body) -> body.contains(id) && body.contains("DONE"));
		assertThat(audit).contains("CREATED").contains("UPDATED");
	}

	@Test
	void aStepAPartAndLabourAreRemovedEachFromItsOwnList() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		String order = "/api/v1/maintenance-orders/" + this.api
			.post("/api/v1/maintenance-orders", token(), Map.of("kind", "CORRECTIVE", "equipmentId", machine.id(),
					"title", "换刀", "checklist", List.of("拆刀", "装刀")))
			.json()
			.get("id")
			.asString();
		this.api.post(order + "/parts", token(), Map.of("itemCode", this.given.itemCode, "quantity", 1));
		JsonNode full = this.api.post(order + "/labour", token(), Map.of("minutes", 30)).json();
		String step = full.get("checklist").get(0).get("id").asString();
		String part = full.get("parts").get(0).get("id").asString();
		String labour = full.get("labour").get(0).get("id").asString();

		assertThat(this.api.delete(order + "/checklist/" + part, token()).status()).as("a part is no checklist step")
			.isEqualTo(404);
		assertThat(this.api.delete(order + "/tools/" + part, token()).status()).isEqualTo(404);
		JsonNode after = this.api.delete(order + "/checklist/" + step, token()).json();
		assertThat(after.get("checklist")).hasSize(1);
		after = this.api.delete(order + "/parts/" + part, token()).json();
		assertThat(after.get("parts")).isEmpty();
		after = this.api.delete(order + "/labour/" + labour, token()).json();
		assertThat(after.get("labour")).isEmpty();
		assertThat(after.get("checklist").get(0).get("text").asString()).isEqualTo("装刀");
		assertThat(this.api.delete(order + "/labour/" + labour, token()).status()).as("removed already").isEqualTo(404);
	}

	@Test
	void anOrderFromAnAlarmKeepsItsTextAndFindsTheMachineOnTheAlarmsDevice() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		UUID alarm = this.alarms.raise(this.given.tenantId(), Originator.device(machine.deviceId()), "spindle-hot",
				Severity.MAJOR, new AlarmMessage("主轴温度 92 ℃ 超过 90 ℃", "Spindle temperature 92 °C above 90 °C"));

		Api.Answer created = this.api.post("/api/v1/maintenance-orders", token(), Map.of("alarmId", alarm));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("kind").asString()).isEqualTo("CORRECTIVE");
		assertThat(created.json().get("equipmentId").asString()).isEqualTo(machine.id().toString());
		assertThat(created.json().get("alarmId").asString()).isEqualTo(alarm.toString());
		assertThat(created.json().get("alarmText").asString()).isEqualTo("主轴温度 92 ℃ 超过 90 ℃");
		assertThat(created.json().get("title").asString()).isEqualTo("主轴温度 92 ℃ 超过 90 ℃");
	}

	@Test
	void badInputIsRefusedNamingEveryField() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Map<String, Object> bad = new HashMap<>(Map.of("kind", "REACTIVE", "equipmentId", UUID.randomUUID(), "title",
				" ", "plannedStart", "2026-03-02 08:00", "plannedEnd", "2026-03-01T00:00:00Z", "suppressAlarms", true));
		Api.Answer refused = this.api.post("/api/v1/maintenance-orders", token(), bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactlyInAnyOrder("kind", "equipmentId", "title", "plannedStart",
				"suppressAlarms");
		assertThat(refused.body()).contains("PREVENTIVE, CORRECTIVE, PREDICTIVE");

		Api.Answer unknownAlarm = this.api.post("/api/v1/maintenance-orders", token(),
				Map.of("alarmId", UUID.randomUUID()));
		assertThat(fields(unknownAlarm)).contains("alarmId", "equipmentId");

		String id = this.api
			.post("/api/v1/maintenance-orders", token(),
					Map.of("kind", "PREVENTIVE", "equipmentId", machine.id(), "title", "润滑"))
			.json()
			.get("id")
			.asString();
		Api.Answer zero = this.api.post("/api/v1/maintenance-orders/" + id + "/parts", token(),
				Map.of("itemId", this.given.itemId, "quantity", 0));
		assertThat(zero.status()).isEqualTo(400);
		assertThat(fields(zero)).containsExactly("quantity");
		Api.Answer negative = this.api.post("/api/v1/maintenance-orders/" + id + "/parts", token(),
				Map.of("itemCode", "NO-SUCH-ITEM", "quantity", -1));
		assertThat(fields(negative)).containsExactlyInAnyOrder("itemCode", "quantity");
		Api.Answer noMinutes = this.api.post("/api/v1/maintenance-orders/" + id + "/labour", token(),
				Map.of("minutes", -5));
		assertThat(fields(noMinutes)).containsExactly("minutes");
		Api.Answer notStarted = this.api.post("/api/v1/maintenance-orders/" + id + "/complete", token(),
				Map.of("closureNotes", "x"));
		assertThat(notStarted.status()).isEqualTo(409);
		assertThat(this.api.get("/api/v1/maintenance-orders?state=FINISHED", token()).status()).isEqualTo(400);

		Api.Answer cancelled = this.api.post("/api/v1/maintenance-orders/" + id + "/cancel", token(),
				Map.of("reason", "设备已报废"));
		assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().get("closureNotes").asString()).isEqualTo("设备已报废");
	}

	@Test
	void anotherTenantSeesNoOrder() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		String id = this.api
			.post("/api/v1/maintenance-orders", token(),
					Map.of("kind", "PREVENTIVE", "equipmentId", machine.id(), "title", "换油"))
			.json()
			.get("id")
			.asString();
		Tenants.FreshTenant other = Tenants.fresh(this.api, MaintenanceFixtures.unique("别的企业"));
		assertThat(this.api.get("/api/v1/maintenance-orders/" + id, other.adminToken()).status()).isEqualTo(404);
		assertThat(this.api.post("/api/v1/maintenance-orders/" + id + "/start", other.adminToken(), null).status())
			.isEqualTo(404);
		assertThat(this.api.get("/api/v1/maintenance-orders", other.adminToken()).json().get("total").asLong())
			.isZero();
		Api.Answer foreignMachine = this.api.post("/api/v1/maintenance-orders", other.adminToken(),
				Map.of("kind", "PREVENTIVE", "equipmentId", machine.id(), "title", "换油"));
		assertThat(fields(foreignMachine)).containsExactly("equipmentId");
		assertThat(this.api.delete("/api/v1/maintenance-orders/" + id, token()).status()).isEqualTo(204);
	}

	private String token() {
		return this.given.token();
	}

	private static List<String> fields(Api.Answer problem) {
		return problem.json().get("errors").findValuesAsString("field");
	}

}
