package io.kaiwu.maintenance;

import java.time.Duration;
import java.time.Instant;

import io.kaiwu.equipment.DowntimeEnded;
import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MTBF and MTTR over REST from the equipment module's events: running time from state
 * changes, failures from DOWN stops (a SETUP stop is no failure, and a stop delivered
 * twice counts once).
 */
@KaiwuIntegrationTest
class MaintenanceReliabilityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;

	MaintenanceFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = MaintenanceFixtures.of(this.api);
	}

	@Test
	void aShiftWithTwoBreakdownsHasMtbfAndMttrFromRunningAndDownTime() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Instant t = Instant.parse("2026-03-02T00:00:00Z");
		// RUNNING 00:00–03:00, DOWN 03:00–03:30, RUNNING 03:30–06:00, SETUP 06:00–06:20,
		// RUNNING 06:20–07:00, DOWN 07:00–08:00, IDLE
		state(machine, null, MachineState.RUNNING, t);
		state(machine, MachineState.RUNNING, MachineState.DOWN, t.plusSeconds(3 * 3600));
		down(machine, MachineState.DOWN, t.plusSeconds(3 * 3600), t.plusSeconds(3 * 3600 + 1800));
		state(machine, MachineState.DOWN, MachineState.RUNNING, t.plusSeconds(3 * 3600 + 1800));
		state(machine, MachineState.RUNNING, MachineState.SETUP, t.plusSeconds(6 * 3600));
		down(machine, MachineState.SETUP, t.plusSeconds(6 * 3600), t.plusSeconds(6 * 3600 + 1200));
		state(machine, MachineState.SETUP, MachineState.RUNNING, t.plusSeconds(6 * 3600 + 1200));
		state(machine, MachineState.RUNNING, MachineState.DOWN, t.plusSeconds(7 * 3600));
		down(machine, MachineState.DOWN, t.plusSeconds(7 * 3600), t.plusSeconds(8 * 3600));
		down(machine, MachineState.DOWN, t.plusSeconds(7 * 3600), t.plusSeconds(8 * 3600));
		state(machine, MachineState.DOWN, MachineState.IDLE, t.plusSeconds(8 * 3600));

		String path = "/api/v1/maintenance/reliability?equipmentId=" + machine.id() + "&from=2026-03-02T00:00:00Z"
				+ "&to=2026-03-02T12:00:00Z";
		JsonNode r = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get(path, token()).json(),
					(json) -> json.get("failures").asInt() == 2 && json.get("operatingHours").asDouble() > 6.1);
		// running 3 h + 2.5 h + 40 min = 6 h 10 min; two failures of 0.5 h and 1 h
		assertThat(r.get("operatingHours").asDouble()).isCloseTo(6 + 10 / 60.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(r.get("mtbfHours").asDouble()).isCloseTo((6 + 10 / 60.0) / 2,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(r.get("repairHours").asDouble()).isEqualTo(1.5);
		assertThat(r.get("mttrHours").asDouble()).isEqualTo(0.75);
	}

	@Test
	void stateChangesArrivingInAnyOrderGiveTheSameRunningTime() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Instant t = Instant.parse("2026-03-03T00:00:00Z");
		// RUNNING 00:00–02:00, IDLE 02:00–03:00, RUNNING 03:00–04:30, DOWN from 04:30:
		// published backwards, and the middle one twice
		state(machine, MachineState.RUNNING, MachineState.DOWN, t.plusSeconds(4 * 3600 + 1800));
		state(machine, MachineState.IDLE, MachineState.RUNNING, t.plusSeconds(3 * 3600));
		state(machine, MachineState.RUNNING, MachineState.IDLE, t.plusSeconds(2 * 3600));
		state(machine, MachineState.IDLE, MachineState.RUNNING, t.plusSeconds(3 * 3600));
		state(machine, null, MachineState.RUNNING, t);

		String path = "/api/v1/maintenance/reliability?equipmentId=" + machine.id() + "&from=2026-03-03T00:00:00Z"
				+ "&to=2026-03-03T12:00:00Z";
		JsonNode r = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.get(path, token()).json(), (json) -> json.get("operatingHours").asDouble() >= 3.5);
		assertThat(r.get("operatingHours").asDouble()).isEqualTo(3.5);
	}

	@Test
	void aPeriodWithoutFailuresHasNoMeansAndBadQueriesAreRefused() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		JsonNode none = this.api
			.get("/api/v1/maintenance/reliability?equipmentId=" + machine.id()
					+ "&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z", token())
			.json();
		assertThat(none.get("failures").asInt()).isZero();
		assertThat(none.get("mtbfHours").isNull()).isTrue();

		Api.Answer bad = this.api.get("/api/v1/maintenance/reliability?from=yesterday&to=2026-01-01T00:00:00Z",
				token());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("equipmentId",
				"from");
		Api.Answer backwards = this.api.get("/api/v1/maintenance/reliability?equipmentId=" + machine.id()
				+ "&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", token());
		assertThat(backwards.json().get("errors").findValuesAsString("field")).containsExactly("to");
		Tenants.FreshTenant other = Tenants.fresh(this.api, MaintenanceFixtures.unique("别的企业"));
		assertThat(this.api
			.get("/api/v1/maintenance/reliability?equipmentId=" + machine.id()
					+ "&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z", other.adminToken())
			.status()).isEqualTo(404);
	}

	private void state(MaintenanceFixtures.Machine machine, MachineState from, MachineState to, Instant at) {
		publish(new MachineStateChanged(this.given.tenantId(), machine.id(), from, to, at));
	}

	private void down(MaintenanceFixtures.Machine machine, MachineState state, Instant start, Instant end) {
		publish(new DowntimeEnded(this.given.tenantId(), machine.id(), state, start, end));
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.publisher.publishEvent(event));
	}

	private String token() {
		return this.given.token();
	}

}
