package io.kaiwu.maintenance;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.Alarms;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alarm page offers maintenance's "create maintenance order" through the alarm
 * module's {@code AlarmActions}: for an alarm of a machine's device it leads to the
 * new-order form filled in from the alarm, which makes a corrective order with the
 * alarm's text and machine; an alarm of something that is no machine offers nothing.
 */
@KaiwuIntegrationTest
class OrderFromAlarmPagesIntegrationTests {

	private static final String PASSWORD = "Settled-Passw0rd-7";

	@LocalServerPort
	int port;

	@Autowired
	Alarms alarms;

	@Test
	void theAlarmPageLeadsToAnOrderMadeFromTheAlarm() {
		Api api = new Api(this.port);
		MaintenanceFixtures given = MaintenanceFixtures.of(api);
		MaintenanceFixtures.Machine machine = given.machine();
		UUID alarm = this.alarms.raise(given.tenantId(), Originator.device(machine.deviceId()), "spindle-hot",
				Severity.MAJOR, new AlarmMessage("主轴温度 95 ℃ 超过 90 ℃", "Spindle 95 °C above 90 °C"));
		UUID other = this.alarms.raise(given.tenantId(), new Originator("test-point", "tp-9"), "over-limit",
				Severity.MINOR, new AlarmMessage("冷却水偏高", "Cooling water warm"));
		PageSession session = PageSession.signIn(this.port, given.tenant.adminUsername(), PASSWORD);

		String link = "/maintenance/orders?alarmId=" + alarm + "#new-order";
		String page = session.get("/alarms/" + alarm).body();
		assertThat(page).contains("id=\"alarm-actions\"", "href=\"" + link + "\"", "创建维修工单");
		assertThat(session.get("/alarms/" + other).body()).doesNotContain("id=\"alarm-actions\"");

		String form = session.get(link.substring(0, link.indexOf('#'))).body();
		assertThat(form).contains("id=\"order-alarm\"", "主轴温度 95 ℃ 超过 90 ℃", "name=\"alarmId\" value=\"" + alarm + "\"",
				"（告警所属设备）");
		Map<String, String> fields = new HashMap<>(Map.of("kind", "CORRECTIVE", "equipmentId", "", "title", "",
				"priority", "HIGH", "alarmId", alarm.toString(), "checklist", ""));
		fields.put("_csrf", PageSession.csrf(form));
		HttpResponse<String> created = session.post("/maintenance/orders", "/maintenance/orders", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String order = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

		JsonNode saved = api.get("/api/v1" + order.replace("/maintenance/orders", "/maintenance-orders"), given.token())
			.json();
		assertThat(saved.get("kind").asString()).isEqualTo("CORRECTIVE");
		assertThat(saved.get("alarmId").asString()).isEqualTo(alarm.toString());
		assertThat(saved.get("title").asString()).isEqualTo("主轴温度 95 ℃ 超过 90 ℃");
		assertThat(saved.get("equipmentId").asString()).isEqualTo(machine.id().toString());
	}

}
