package io.kaiwu.alarm;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.MqttDevice;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Suppression by design (ISA-18.2): while a planned maintenance window is open for a
 * machine, its rules' alarms are recorded but suppressed: not in the default list, never
 * escalated, not announced with {@link AlarmRaised}; listed with {@code suppressed=true},
 * and the API says why. The windows come from a test-configured
 * {@link MaintenanceWindows}, as the maintenance module will provide them.
 */
@KaiwuIntegrationTest
class AlarmSuppressionIntegrationTests {

	/** A maintenance plan with the machines under maintenance now. */
	static class MachinesUnderMaintenance implements MaintenanceWindows {

		final Set<Originator> open = ConcurrentHashMap.newKeySet();

		final Set<UUID> announced = ConcurrentHashMap.newKeySet();

		@Override
		public boolean isOpen(TenantId tenant, Originator originator, Instant at) {
			return this.open.contains(originator);
		}

		@EventListener
		void raised(AlarmRaised event) {
			this.announced.add(event.alarmId());
		}

	}

	@TestConfiguration
	static class Windows {

		@Bean
		MachinesUnderMaintenance machinesUnderMaintenance() {
			return new MachinesUnderMaintenance();
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	MqttEndpoint broker;

	@Autowired
	MachinesUnderMaintenance maintenance;

	@Autowired
	AlarmLookup lookup;

	@Test
	void aMachineUnderMaintenanceGetsSuppressedAlarmsAndTheOthersAreAnnounced() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("维护抑制企业"));
		String token = tenant.adminToken();
		String site = api
			.post("/api/v1/structure/nodes", token,
					Map.of("level", "SITE", "code", "SUP", "name", "抑制工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("press"), "nameZh", "压机", "nameEn", "Press", "properties",
						List.of(Map.of("identifier", "pressure", "nameZh", "压力", "nameEn", "Pressure", "dataType",
								"DOUBLE", "unit", "MPa"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		Api.Answer rule = api.post("/api/v1/alarm-rules", token,
				Map.of("name", "压力过高", "deviceTypeId", type.json().get("id").asString(), "property", "pressure", "kind",
						"THRESHOLD", "comparison", ">", "limit", 20, "severity", "MAJOR", "escalateAfter", "PT1M",
						"messageZh", "{device} 压力 {value}", "messageEn", "{device} pressure {value}"));
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);
		Api.Answer underMaintenance = device(api, token, type, site);
		Api.Answer running = device(api, token, type, site);
		String maintainedId = underMaintenance.json().get("id").asString();
		String runningId = running.json().get("id").asString();
		this.maintenance.open.add(Originator.device(UUID.fromString(maintainedId)));

		Instant t0 = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
		String high = "{\"ts\":" + t0.toEpochMilli() + ",\"values\":{\"pressure\":25}}";
		publish(underMaintenance, high);
		publish(running, high);

		JsonNode announced = await().atMost(Duration.ofSeconds(20))
			.until(() -> alarms(api, token, runningId, ""), (list) -> list.size() == 1)
			.get(0);
		assertThat(announced.get("suppressed").isNull()).isTrue();
		assertThat(announced.get("escalateAt").isNull()).isFalse();
		JsonNode suppressed = await().atMost(Duration.ofSeconds(20))
			.until(() -> alarms(api, token, maintainedId, "&suppressed=true"), (list) -> list.size() == 1)
			.get(0);
		assertThat(suppressed.get("suppressed").get("reason").asString()).isEqualTo("MAINTENANCE_WINDOW");
		assertThat(suppressed.get("state").asString()).isEqualTo("ACTIVE_UNACKNOWLEDGED");
		assertThat(suppressed.get("escalateAt").isNull()).as("never escalates").isTrue();
		assertThat(alarms(api, token, maintainedId, "")).as("not in the default list").isEmpty();
		JsonNode detail = api.get("/api/v1/alarms/" + suppressed.get("id").asString(), token).json();
		List<String> history = new ArrayList<>();
		detail.get("history").forEach((step) -> history.add(step.get("action").asString()));
		assertThat(history).containsExactly("RAISED", "SUPPRESSED");
		TenantId tenantId = TenantId.of(UUID.fromString(tenant.id()));
		assertThat(this.lookup.open(tenantId, Originator.DEVICE, 10)).extracting(AlarmSummary::id)
			.containsExactly(UUID.fromString(announced.get("id").asString()));
		assertThat(this.maintenance.announced).contains(UUID.fromString(announced.get("id").asString()))
			.doesNotContain(UUID.fromString(suppressed.get("id").asString()));
	}

	private static Api.Answer device(Api api, String token, Api.Answer type, String site) {
		String key = unique("press");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "压机 " + key, "typeId", type.json().get("id").asString(), "nodeId", site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		return device;
	}

	private void publish(Api.Answer device, String json) {
		try (MqttDevice machine = MqttDevice.connect(this.broker, device.json().get("key").asString(),
				device.json().get("secret").asString())) {
			machine.publish(json);
		}
	}

	private static List<JsonNode> alarms(Api api, String token, String deviceId, String query) {
		Api.Answer answer = api.get("/api/v1/alarms?device=" + deviceId + query, token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<JsonNode> items = new ArrayList<>();
		answer.json().get("items").forEach(items::add);
		return items;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
