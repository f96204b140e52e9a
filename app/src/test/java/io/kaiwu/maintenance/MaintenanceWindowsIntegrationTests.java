package io.kaiwu.maintenance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.MaintenanceWindows;
import io.kaiwu.alarm.Originator;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maintenance windows as the alarm module asks about them: a device's alarms are
 * suppressed while an order of its machine has its planned window open, not before, not
 * after, not once the order is closed or cancelled, and not for other devices, other
 * originators or other tenants.
 */
@KaiwuIntegrationTest
class MaintenanceWindowsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MaintenanceWindows windows;

	Api api;

	MaintenanceFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = MaintenanceFixtures.of(this.api);
	}

	@Test
	void aPlannedWindowSuppressesTheAlarmsOfTheMachinesDeviceOnlyWhileItIsOpen() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		MaintenanceFixtures.Machine neighbour = this.given.machine();
		Instant start = Instant.parse("2026-04-01T01:00:00Z");
		Instant end = Instant.parse("2026-04-01T05:00:00Z");
		Api.Answer order = this.api.post("/api/v1/maintenance-orders", token(),
				Map.of("kind", "PREVENTIVE", "equipmentId", machine.id(), "title", "更换主轴", "plannedStart",
						start.toString(), "plannedEnd", end.toString(), "suppressAlarms", true));
		assertThat(order.status()).as(order.body()).isEqualTo(201);
		Originator device = Originator.device(machine.deviceId());
		TenantId tenant = this.given.tenantId();

		assertThat(this.windows.isOpen(tenant, device, start.minusSeconds(1))).isFalse();
		assertThat(this.windows.isOpen(tenant, device, start)).isTrue();
		assertThat(this.windows.isOpen(tenant, device, end.minusSeconds(1))).isTrue();
		assertThat(this.windows.isOpen(tenant, device, end)).isFalse();
		assertThat(this.windows.isOpen(tenant, Originator.device(neighbour.deviceId()), start.plusSeconds(60)))
			.isFalse();
		assertThat(this.windows.isOpen(tenant,
				new Originator("inspection-characteristic", machine.deviceId().toString()), start.plusSeconds(60)))
			.isFalse();
		TenantId other = TenantId.of(UUID.fromString(Tenants.fresh(this.api, MaintenanceFixtures.unique("别的企业")).id()));
		assertThat(this.windows.isOpen(other, device, start.plusSeconds(60))).isFalse();
	}

	@Test
	void withoutSuppressionOrOnceClosedOrCancelledAnOrderSuppressesNothing() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Originator device = Originator.device(machine.deviceId());
		TenantId tenant = this.given.tenantId();
		this.api.post("/api/v1/maintenance-orders", token(),
				Map.of("kind", "CORRECTIVE", "equipmentId", machine.id(), "title", "只排期不屏蔽", "plannedStart",
						now.minusSeconds(3600).toString(), "plannedEnd", now.plusSeconds(3600).toString()));
		assertThat(this.windows.isOpen(tenant, device, now)).isFalse();

		String cancelled = this.api.post("/api/v1/maintenance-orders", token(),
				Map.of("kind", "PREVENTIVE", "equipmentId", machine.id(), "title", "保养", "plannedStart",
						now.minusSeconds(3600).toString(), "plannedEnd", now.plusSeconds(3600).toString(),
						"suppressAlarms", true))
			.json()
			.get("id")
			.asString();
		assertThat(this.windows.isOpen(tenant, device, now)).isTrue();
		this.api.post("/api/v1/maintenance-orders/" + cancelled + "/cancel", token(), Map.of("reason", "改期"));
		assertThat(this.windows.isOpen(tenant, device, now)).isFalse();

		String closed = this.api.post("/api/v1/maintenance-orders", token(),
				Map.of("kind", "PREVENTIVE", "equipmentId", machine.id(), "title", "保养", "plannedStart",
						now.minusSeconds(3600).toString(), "plannedEnd", now.plusSeconds(3600).toString(),
						"suppressAlarms", true))
			.json()
			.get("id")
			.asString();
		this.api.post("/api/v1/maintenance-orders/" + closed + "/start", token(), null);
		this.api.post("/api/v1/maintenance-orders/" + closed + "/complete", token(), Map.of("closureNotes", "提前完成"));
		assertThat(this.windows.isOpen(tenant, device, Instant.now().plusSeconds(60))).as("closed early").isFalse();
		assertThat(this.windows.isOpen(tenant, device, now.minusSeconds(1800)))
			.as("earlier in its window, before it was closed")
			.isTrue();
	}

	private String token() {
		return this.given.token();
	}

}
