package io.kaiwu.production.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.equipment.DowntimeStarted;
import io.kaiwu.equipment.MachineState;
import io.kaiwu.production.shopfloor.ProgressDeviated;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finite-capacity scheduling over real HTTP and SQL: a planner plans and approves,
 * inserts a rush order (nothing inside the frozen horizon moves, and everything that
 * moved is reported), a machine goes down (the active schedule is repaired with nothing
 * on it during the downtime), and a hand move on the Gantt shows its conflicts until the
 * rest is planned around it.
 */
@KaiwuIntegrationTest
class PlanningIntegrationTests {

	@LocalServerPort
	int port;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private PlanningFixtures f;

	PlanningIntegrationTests(@Autowired JdbcClient jdbc, @Autowired ApplicationEventPublisher events,
			@Autowired PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	@BeforeEach
	void plant() {
		this.f = new PlanningFixtures(new Api(this.port), this.jdbc);
	}

	@Test
	void aRushOrderKeepsTheFrozenHorizonAndEveryOperationThatMovedIsReported() {
		this.f.released(this.f.shaft, 120, 3, 5);
		this.f.released(this.f.flange, 80, 3, 5);
		this.f.released(this.f.shaft, 200, 5, 5);
		this.f.released(this.f.flange, 150, 6, 5);
		JsonNode active = activate(plan());
		assertThat(active.at("/schedule/status").asString()).isEqualTo("ACTIVE");

		String rush = this.f.released(this.f.shaft, 60, 1, 1);
		Api.Answer answer = this.f.api.post("/api/v1/production/schedules/rush-orders", this.f.token(),
				Map.of("productionOrderId", rush));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		JsonNode inserted = answer.json();
		assertThat(inserted.at("/schedule/reason").asString()).isEqualTo("RUSH_ORDER");
		assertThat(inserted.at("/schedule/status").asString()).isEqualTo("DRAFT");

		Map<String, Placement> before = placements(active);
		Map<String, Placement> after = placements(inserted);
		Instant freezeUntil = Instant.parse(inserted.at("/schedule/freezeUntil").asString());
		int frozen = 0;
		for (Map.Entry<String, Placement> op : before.entrySet()) {
			if (op.getValue().start().isBefore(freezeUntil)) {
				frozen++;
				assertThat(after.get(op.getKey())).as("frozen operation %s", op.getKey()).isEqualTo(op.getValue());
			}
		}
		assertThat(frozen).as("operations inside the frozen horizon").isPositive();

		Set<String> moved = new HashSet<>();
		after.forEach((wo, now) -> {
			if (!now.equals(before.get(wo))) {
				moved.add(wo);
			}
		});
		Set<String> reported = new HashSet<>();
		inserted.at("/schedule/changes").forEach((c) -> reported.add(c.get("workOrderId").asString()));
		assertThat(reported).isEqualTo(moved);
		Set<String> rushOperations = new HashSet<>();
		inserted.get("rows").forEach((r) -> {
			if (r.get("productionOrderId").asString().equals(rush)) {
				rushOperations.add(r.get("workOrderId").asString());
			}
		});
		assertThat(rushOperations).hasSize(2);
		assertThat(reported).containsAll(rushOperations);

		Map<String, Boolean> lateBefore = new HashMap<>();
		active.at("/schedule/orders")
			.forEach((o) -> lateBefore.put(o.at("/outcome/productionOrderId").asString(),
					o.at("/outcome/late").asBoolean()));
		inserted.at("/schedule/orders").forEach((o) -> {
			boolean late = o.at("/outcome/late").asBoolean();
			assertThat(o.get("newlyAtRisk").asBoolean())
				.isEqualTo(late && !lateBefore.getOrDefault(o.at("/outcome/productionOrderId").asString(), false));
		});
	}

	@Test
	void whenAMachineGoesDownTheActiveScheduleIsRepairedWithNothingOnItDuringTheDowntime() {
		this.f.released(this.f.shaft, 150, 2, 5);
		this.f.released(this.f.flange, 150, 2, 5);
		this.f.released(this.f.shaft, 150, 4, 5);
		JsonNode active = activate(plan());
		String activeId = active.at("/schedule/id").asString();
		assertThat(placements(active).values()).anyMatch((p) -> p.resource().equals(this.f.lathe1));

		Instant down = Instant.now();
		this.transaction.executeWithoutResult((tx) -> this.events.publishEvent(
				new DowntimeStarted(this.f.tenantId, UUID.fromString(this.f.lathe1Machine), MachineState.DOWN, down)));

		JsonNode repaired = await().atMost(Duration.ofSeconds(60)).until(() -> {
			Api.Answer now = this.f.api.get("/api/v1/production/schedules/active", this.f.token());
			return now.status() == 200 ? now.json() : null;
		}, (now) -> now != null && !now.at("/schedule/id").asString().equals(activeId));
		assertThat(repaired.at("/schedule/reason").asString()).isEqualTo("DOWNTIME");
		Instant up = down.plus(Duration.ofHours(2));
		repaired.get("rows").forEach((r) -> {
			if (r.get("resourceId").asString().equals(this.f.lathe1)) {
				Instant start = Instant.parse(r.get("start").asString());
				Instant end = Instant.parse(r.get("end").asString());
				assertThat(end.isAfter(down) && start.isBefore(up))
					.as("%s on the down lathe %s–%s", r.get("workOrderNumber").asString(), start, end)
					.isFalse();
			}
		});
		assertThat(repaired.at("/schedule/changes").size()).isPositive();
		Api.Answer old = this.f.api.get("/api/v1/production/schedules/" + activeId, this.f.token());
		assertThat(old.json().at("/schedule/status").asString()).isEqualTo("SUPERSEDED");
	}

	@Test
	void aBreakdownReportedOnTheShopFloorRepairsTheActiveScheduleAsADeviation() {
		this.f.released(this.f.shaft, 150, 2, 5);
		this.f.released(this.f.flange, 150, 3, 5);
		JsonNode active = activate(plan());
		String activeId = active.at("/schedule/id").asString();
		JsonNode onLathe = null;
		for (JsonNode r : active.get("rows")) {
			if (r.get("resourceId").asString().equals(this.f.lathe1)) {
				onLathe = r;
			}
		}
		assertThat(onLathe).as("an operation on lathe 1").isNotNull();
		Instant broke = Instant.now();
		UUID workOrder = UUID.fromString(onLathe.get("workOrderId").asString());
		String number = onLathe.get("workOrderNumber").asString();
		this.transaction.executeWithoutResult(
				(tx) -> this.events.publishEvent(new ProgressDeviated(this.f.tenantId, workOrder, number,
						UUID.fromString(this.f.lathe1), ProgressDeviated.Cause.BREAKDOWN, broke, null, "BREAKDOWN")));

		JsonNode repaired = await().atMost(Duration.ofSeconds(60)).until(() -> {
			Api.Answer now = this.f.api.get("/api/v1/production/schedules/active", this.f.token());
			return now.status() == 200 ? now.json() : null;
		}, (now) -> now != null && !now.at("/schedule/id").asString().equals(activeId));
		assertThat(repaired.at("/schedule/reason").asString()).isEqualTo("DEVIATION");
		Instant back = broke.plus(Duration.ofHours(2));
		repaired.get("rows").forEach((r) -> {
			if (r.get("resourceId").asString().equals(this.f.lathe1)) {
				Instant start = Instant.parse(r.get("start").asString());
				Instant end = Instant.parse(r.get("end").asString());
				assertThat(end.isAfter(broke) && start.isBefore(back)).as("%s on the broken lathe", start).isFalse();
			}
		});
	}

	@Test
	void aHandMoveShowsItsConflictsUntilTheRestIsPlannedAroundIt() {
		this.f.released(this.f.shaft, 100, 3, 5);
		this.f.released(this.f.flange, 100, 3, 5);
		JsonNode draft = plan();
		String id = draft.at("/schedule/id").asString();
		List<JsonNode> grinding = new java.util.ArrayList<>();
		draft.get("rows").forEach((r) -> {
			if (r.get("resourceId").asString().equals(this.f.grinder)) {
				grinding.add(r);
			}
		});
		assertThat(grinding).hasSize(2);
		JsonNode first = grinding.get(0);
		JsonNode second = grinding.get(1);

		// the second grinding onto the first one's start: both overlap on the grinder
		Api.Answer moved = this.f.api.put(
				"/api/v1/production/schedules/" + id + "/operations/" + second.get("workOrderId").asString(),
				this.f.token(), Map.of("resourceId", this.f.grinder, "start", first.get("start").asString()));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("conflictCount").asInt()).isGreaterThanOrEqualTo(2);
		moved.json().get("rows").forEach((r) -> {
			if (r.get("workOrderId").asString().equals(second.get("workOrderId").asString())) {
				assertThat(r.get("movedByHand").asBoolean()).isTrue();
				assertThat(r.get("conflicts").toString()).contains("OVERLAP");
			}
		});

		// grinding cannot go to a lathe
		Api.Answer refused = this.f.api.put(
				"/api/v1/production/schedules/" + id + "/operations/" + second.get("workOrderId").asString(),
				this.f.token(), Map.of("resourceId", this.f.lathe1, "start", first.get("start").asString()));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains(second.get("workOrderNumber").asString());

		Api.Answer replanned = this.f.api.post("/api/v1/production/schedules/" + id + "/replan", this.f.token(), null);
		assertThat(replanned.status()).as(replanned.body()).isEqualTo(201);
		JsonNode around = replanned.json();
		assertThat(around.at("/schedule/reason").asString()).isEqualTo("MANUAL");
		assertThat(around.get("conflictCount").asInt()).isZero();
		around.get("rows").forEach((r) -> {
			if (r.get("workOrderId").asString().equals(second.get("workOrderId").asString())) {
				assertThat(Instant.parse(r.get("start").asString()))
					.isEqualTo(Instant.parse(first.get("start").asString()));
				assertThat(r.get("movedByHand").asBoolean()).isTrue();
			}
		});
	}

	@Test
	void whatCannotBePlannedIsRefusedWithTheReason() {
		Api.Answer nothing = this.f.api.post("/api/v1/production/schedules", this.f.token(), Map.of());
		assertThat(nothing.status()).isEqualTo(409);
		assertThat(nothing.json().get("detail").asString()).isNotBlank();

		String order = this.f.released(this.f.shaft, 10, 3, 5);
		Api.Answer noActive = this.f.api.post("/api/v1/production/schedules/rush-orders", this.f.token(),
				Map.of("productionOrderId", order));
		assertThat(noActive.status()).isEqualTo(409);

		JsonNode active = activate(plan());
		Api.Answer again = this.f.api.post(
				"/api/v1/production/schedules/" + active.at("/schedule/id").asString() + "/activate", this.f.token(),
				null);
		assertThat(again.status()).isEqualTo(409);
		Api.Answer unknown = this.f.api.post("/api/v1/production/schedules/rush-orders", this.f.token(),
				Map.of("productionOrderId", UUID.randomUUID().toString()));
		assertThat(unknown.status()).isEqualTo(409);
		Api.Answer missing = this.f.api.post("/api/v1/production/schedules/rush-orders", this.f.token(), Map.of());
		assertThat(missing.status()).isEqualTo(400);
	}

	/** Where and when an operation runs. */
	record Placement(String resource, Instant start) {
	}

	private static Map<String, Placement> placements(JsonNode detail) {
		Map<String, Placement> placed = new HashMap<>();
		detail.get("rows")
			.forEach((r) -> placed.put(r.get("workOrderId").asString(),
					new Placement(r.get("resourceId").asString(), Instant.parse(r.get("start").asString()))));
		return placed;
	}

	private JsonNode plan() {
		Api.Answer answer = this.f.api.post("/api/v1/production/schedules", this.f.token(), Map.of());
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json();
	}

	private JsonNode activate(JsonNode draft) {
		Api.Answer answer = this.f.api.post(
				"/api/v1/production/schedules/" + draft.at("/schedule/id").asString() + "/activate", this.f.token(),
				null);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

}
