package io.kaiwu.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.MachineState;
import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.maintenance.plan.ManagingPlans;
import io.kaiwu.maintenance.usage.UsageMeters;
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
 * Maintenance plans: the equipment module's events (published as it does, in a committed
 * transaction) move each machine's meter, and a due plan creates exactly one preventive
 * order, none more while that order is open; calendar plans due today create theirs at
 * once, and the scheduled check makes the next one only when it is due and the first is
 * done.
 */
@KaiwuIntegrationTest
class MaintenancePlansIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ManagingPlans plans;

	@Autowired
	UsageMeters meters;

	@Autowired
	JdbcClient jdbc;

	Api api;

	MaintenanceFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = MaintenanceFixtures.of(this.api);
	}

	@Test
	void aCounterPlanCrossedByOneBigIncrementCreatesOneOrderAndNoneMoreWhileItIsOpen() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Api.Answer created = this.api.post("/api/v1/maintenance-plans", token(), Map.of("equipmentId", machine.id(),
				"name", "每 1000 件换刀", "trigger", "COUNTER", "every", 1000, "checklist", List.of("更换刀具", "首件检验")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String plan = created.json().get("id").asString();
		assertThat(created.json().get("nextDueAt").asDouble()).isEqualTo(1000.0);

		Instant t = Instant.parse("2026-03-02T00:00:00Z");
		publish(new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(), t, t.plusSeconds(600), 590,
				10));
		await().atMost(Duration.ofSeconds(10)).until(() -> reading(plan) == 600.0);
		assertThat(orders(machine)).isEmpty();

		publish(new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(), t.plusSeconds(600),
				t.plusSeconds(9000), 2400, 100));
		await().atMost(Duration.ofSeconds(10)).until(() -> orders(machine).size() == 1);
		JsonNode order = orders(machine).get(0);
		assertThat(order.get("kind").asString()).isEqualTo("PREVENTIVE");
		assertThat(order.get("planId").asString()).isEqualTo(plan);
		assertThat(order.get("title").asString()).isEqualTo("每 1000 件换刀");
		JsonNode afterDue = this.api.get("/api/v1/maintenance-plans/" + plan, token()).json();
		assertThat(afterDue.get("reading").asDouble()).isEqualTo(3100.0);
		assertThat(afterDue.get("nextDueAt").asDouble()).as("the next point beyond the reading").isEqualTo(4000.0);
		assertThat(afterDue.get("lastOrderId").asString()).isEqualTo(order.get("id").asString());

		publish(new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(), t.plusSeconds(9000),
				t.plusSeconds(9600), 950, 0));
		await().atMost(Duration.ofSeconds(10)).until(() -> reading(plan) == 4050.0);
		assertThat(orders(machine)).as("due again, but its order is still open").hasSize(1);

		close(order);
		publish(new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(), t.plusSeconds(9600),
				t.plusSeconds(9700), 1, 0));
		await().atMost(Duration.ofSeconds(10)).until(() -> orders(machine).size() == 2);
		assertThat(this.api.get("/api/v1/maintenance-plans/" + plan, token()).json().get("nextDueAt").asDouble())
			.isEqualTo(5000.0);
	}

	@Test
	void partsCountedAtTheSameTimeOnSeveralThreadsCreateOneOrder() throws Exception {
		MaintenanceFixtures.Machine machine = this.given.machine();
		String plan = this.api
			.post("/api/v1/maintenance-plans", token(),
					Map.of("equipmentId", machine.id(), "name", "每 1000 件保养", "trigger", "COUNTER", "every", 1000))
			.json()
			.get("id")
			.asString();
		Instant t = Instant.parse("2026-03-04T00:00:00Z");
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Instant from = t.plusSeconds(60L * i);
				done.add(threads.submit(() -> {
					start.await();
					publish(new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(), from,
							from.plusSeconds(60), 200, 0));
					return null;
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<?> f : done) {
				f.get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> reading(plan) == 1600.0);
		assertThat(orders(machine)).hasSize(1);
		assertThat(this.api.get("/api/v1/maintenance-plans/" + plan, token()).json().get("nextDueAt").asDouble())
			.isEqualTo(2000.0);
	}

	@Test
	void aPartCountDeliveredTwiceOrLateIsCountedOnce() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		Instant t = Instant.parse("2026-03-05T00:00:00Z");
		PartsCounted first = new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(), t,
				t.plusSeconds(60), 95, 5);
		PartsCounted second = new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(),
				t.plusSeconds(60), t.plusSeconds(120), 40, 0);
		// the later minute first, then the earlier one, then both again
		assertThat(this.meters.partsCounted(second).parts()).isEqualTo(40);
		assertThat(this.meters.partsCounted(first).parts()).isEqualTo(140);
		assertThat(this.meters.partsCounted(first).parts()).isEqualTo(140);
		assertThat(this.meters.partsCounted(second).parts()).isEqualTo(140);
		// the same minute with other parts is another count (a second tally after a
		// restart)
		assertThat(this.meters
			.partsCounted(new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(), t.plusSeconds(60),
					t.plusSeconds(120), 3, 0))
			.parts()).isEqualTo(143);
		assertThat(this.meters.reading(this.given.tenantId(), machine.id()).parts()).isEqualTo(143);

		// delivered as events, twice: the plan's reading counts it once
		String plan = this.api
			.post("/api/v1/maintenance-plans", token(),
					Map.of("equipmentId", machine.id(), "name", "每 1000 件换刀", "trigger", "COUNTER", "every", 1000))
			.json()
			.get("id")
			.asString();
		PartsCounted third = new PartsCounted(this.given.tenantId(), UUID.randomUUID(), machine.id(),
				t.plusSeconds(120), t.plusSeconds(180), 10, 0);
		publish(third);
		publish(third);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("""
					SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL
					  AND listener_id LIKE '%EquipmentUsage%' AND serialized_event LIKE ?""")
				.param("%" + third.countId() + "%")
				.query(Long.class)
				.single() == 0);
		assertThat(reading(plan)).as("both deliveries handled, counted once").isEqualTo(153.0);
	}

	@Test
	void aRuntimePlanCountsRunningHoursFromStateChanges() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		String plan = this.api
			.post("/api/v1/maintenance-plans", token(),
					Map.of("equipmentId", machine.id(), "name", "每 2 运行小时润滑", "trigger", "RUNTIME", "every", 2))
			.json()
			.get("id")
			.asString();
		Instant t = Instant.parse("2026-03-02T00:00:00Z");
		publish(new MachineStateChanged(this.given.tenantId(), machine.id(), null, MachineState.RUNNING, t));
		publish(new MachineStateChanged(this.given.tenantId(), machine.id(), MachineState.RUNNING, MachineState.IDLE,
				t.plusSeconds(5400)));
		await().atMost(Duration.ofSeconds(10)).until(() -> reading(plan) == 1.5);
		assertThat(orders(machine)).isEmpty();

		publish(new MachineStateChanged(this.given.tenantId(), machine.id(), MachineState.IDLE, MachineState.RUNNING,
				t.plusSeconds(7200)));
		publish(new MachineStateChanged(this.given.tenantId(), machine.id(), MachineState.RUNNING, MachineState.DOWN,
				t.plusSeconds(7200 + 3600)));
		await().atMost(Duration.ofSeconds(10)).until(() -> orders(machine).size() == 1);
		JsonNode after = this.api.get("/api/v1/maintenance-plans/" + plan, token()).json();
		assertThat(after.get("reading").asDouble()).isEqualTo(2.5);
		assertThat(after.get("nextDueAt").asDouble()).isEqualTo(4.0);
	}

	@Test
	void aCalendarPlanDueTodayCreatesItsOrderAtOnceAndTheScheduledCheckTheNextOnceTheFirstIsDone() {
		MaintenanceFixtures.Machine machine = this.given.machine();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Map<String, Object> weekly = new HashMap<>(Map.of("equipmentId", machine.id(), "name", "每周点检", "trigger",
				"CALENDAR", "every", 1, "calendarUnit", "WEEKS", "startOn", today.minusWeeks(3).toString(),
				"windowMinutes", 120, "suppressAlarms", true));
		Api.Answer created = this.api.post("/api/v1/maintenance-plans", token(), weekly);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("nextDueOn").asString()).isEqualTo(today.plusWeeks(1).toString());
		List<JsonNode> orders = orders(machine);
		assertThat(orders).hasSize(1);
		assertThat(orders.get(0).get("suppressAlarms").asBoolean()).isTrue();
		assertThat(Duration.between(Instant.parse(orders.get(0).get("plannedStart").asString()),
				Instant.parse(orders.get(0).get("plannedEnd").asString())))
			.isEqualTo(Duration.ofMinutes(120));

		this.plans.checkDue(Instant.now());
		assertThat(orders(machine)).hasSize(1);
		String plan = created.json().get("id").asString();
		Instant nextWeek = today.plusWeeks(1).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		this.plans.checkDue(nextWeek);
		assertThat(orders(machine)).as("due again next week, but the first order is still open").hasSize(1);
		close(orders(machine).get(0));
		this.plans.checkDue(nextWeek);
		assertThat(orders(machine)).hasSize(2);
		assertThat(this.api.get("/api/v1/maintenance-plans/" + plan, token()).json().get("nextDueOn").asString())
			.isEqualTo(today.plusWeeks(2).toString());

		Map<String, Object> monthly = new HashMap<>(weekly);
		monthly.put("calendarUnit", "MONTHS");
		monthly.put("startOn", today.toString());
		Api.Answer later = this.api.post("/api/v1/maintenance-plans", token(), monthly);
		assertThat(later.json().get("nextDueOn").asString()).isEqualTo(today.plusMonths(1).toString());
		assertThat(orders(machine)).as("a plan counted from today is not due today").hasSize(2);
	}

	@Test
	void aBadPlanIsRefusedNamingEveryField() {
		Api.Answer refused = this.api.post("/api/v1/maintenance-plans", token(),
				Map.of("name", " ", "trigger", "WEEKLY", "every", 0, "suppressAlarms", true));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("equipmentId",
				"name", "trigger", "every", "suppressAlarms");
		assertThat(refused.body()).contains("CALENDAR, RUNTIME, COUNTER");
		Api.Answer noUnit = this.api.post("/api/v1/maintenance-plans", token(), Map.of("equipmentId",
				this.given.machine().id(), "name", "x", "trigger", "CALENDAR", "every", 1, "startOn", "1.3.2026"));
		assertThat(noUnit.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("calendarUnit",
				"startOn");
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.publisher.publishEvent(event));
	}

	private double reading(String plan) {
		return this.api.get("/api/v1/maintenance-plans/" + plan, token()).json().get("reading").asDouble();
	}

	private List<JsonNode> orders(MaintenanceFixtures.Machine machine) {
		JsonNode items = this.api.get("/api/v1/maintenance-orders?kind=PREVENTIVE&equipmentId=" + machine.id(), token())
			.json()
			.get("items");
		List<JsonNode> list = new java.util.ArrayList<>();
		items.forEach(list::add);
		return list;
	}

	private void close(JsonNode order) {
		String path = "/api/v1/maintenance-orders/" + order.get("id").asString();
		this.api.post(path + "/start", token(), null);
		for (JsonNode step : order.get("checklist").isEmpty() ? this.api.get(path, token()).json().get("checklist")
				: order.get("checklist")) {
			this.api.put(path + "/checklist/" + step.get("id").asString(), token(), Map.of("done", true));
		}
		Api.Answer done = this.api.post(path + "/complete", token(), Map.of("closureNotes", "已换刀"));
		assertThat(done.status()).as(done.body()).isEqualTo(200);
	}

	private String token() {
		return this.given.token();
	}

}
