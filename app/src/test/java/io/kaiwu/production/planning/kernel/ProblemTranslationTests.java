package io.kaiwu.production.planning.kernel;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.order.OrdersToPlan.Alternative;
import io.kaiwu.production.order.OrdersToPlan.OrderToPlan;
import io.kaiwu.production.order.OrdersToPlan.Step;
import io.kaiwu.production.schedule.solver.ApsSolver;
import io.kaiwu.production.schedule.solver.Job;
import io.kaiwu.production.schedule.solver.Mode;
import io.kaiwu.production.schedule.solver.Objective;
import io.kaiwu.production.schedule.solver.Resource;
import io.kaiwu.production.schedule.solver.Schedule;
import io.kaiwu.production.schedule.solver.SchedulingProblem;
import io.kaiwu.production.schedule.solver.TimeWindow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production orders, shift calendars and setup matrices turned into the engine's minutes
 * and back, on a plant in Asia/Shanghai: a lathe that works 08:00–12:00 and 13:00–17:00
 * local time, a mill that always works and a faster second mill.
 */
class ProblemTranslationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Midnight in Shanghai on 1 December 2026. */
	static final Instant ORIGIN = LocalDate.of(2026, 12, 1).atStartOfDay(SHANGHAI).toInstant();

	final UUID plant = UUID.randomUUID();

	final UUID lathe = UUID.randomUUID();

	final UUID mill = UUID.randomUUID();

	final UUID fastMill = UUID.randomUUID();

	final UUID shafts = UUID.randomUUID();

	final UUID turning = UUID.randomUUID();

	final UUID milling = UUID.randomUUID();

	@Test
	void theLathesBreaksNightsAndTheEndOfTheHorizonAreBlockedTime() {
		Resource lathe = resource(translation(List.of(order(5, false)), Map.of()).problem(), this.lathe);
		assertThat(lathe.blocked()).containsExactly(new TimeWindow(0, 480), new TimeWindow(720, 780),
				new TimeWindow(1020, 1920), new TimeWindow(2160, 2220), new TimeWindow(2460, 2880));
		assertThat(resource(translation(List.of(order(5, false)), Map.of()).problem(), this.mill).blocked()).isEmpty();
	}

	@Test
	void durationsAreTheOpenQuantityAtTheResourcesSpeedPlusTheStepsOwnSetupWithoutAMatrix() {
		Job job = translation(List.of(order(5, false)), Map.of()).problem().jobs().get(0);
		// 100 shafts at 60 s each: 100 min, plus the 15 min setup of the step
		assertThat(job.operations().get(0).modes()).containsExactly(new Mode(this.lathe.toString(), 115));
		// 100 at 30 s: 50 min plus 10 min setup; twice as fast on the second mill
		assertThat(job.operations().get(1).modes()).containsExactly(new Mode(this.mill.toString(), 60),
				new Mode(this.fastMill.toString(), 35));
		// with a setup matrix on the mill's work centre the changeover comes from it
		Map<UUID, Map<String, Map<String, Duration>>> matrix = Map.of(this.mill,
				Map.of("flange", Map.of("shaft", Duration.ofMinutes(40))));
		Job withMatrix = translation(List.of(order(5, false)), matrix).problem().jobs().get(0);
		assertThat(withMatrix.operations().get(1).modes()).contains(new Mode(this.mill.toString(), 50));
		assertThat(
				resource(translation(List.of(order(5, false)), matrix).problem(), this.mill).setup("flange", "shaft"))
			.isEqualTo(40);
	}

	@Test
	void releaseDueDateAndPriorityFollowThePlantsDaysAndTheOrdersUrgency() {
		Job job = translation(List.of(order(1, false)), Map.of()).problem().jobs().get(0);
		assertThat(job.release()).isZero();
		// due on 1 December: at the end of that day in Shanghai, minute 1440
		assertThat(job.due()).isEqualTo(1440);
		assertThat(job.priority()).isEqualTo(9);
		assertThat(job.family()).isEqualTo("shaft");
	}

	@Test
	void aStartedWorkOrderStaysOnItsResource() {
		Job job = translation(List.of(order(5, true)), Map.of()).problem().jobs().get(0);
		assertThat(job.operations().get(1).modes()).containsExactly(new Mode(this.mill.toString(), 60));
	}

	@Test
	void theEnginesScheduleComesBackInInstantsInsideTheLathesShifts() {
		ProblemTranslation translation = translation(List.of(order(5, false)), Map.of());
		Schedule schedule = new ApsSolver().solve(translation.problem());
		List<PlannedOperation> operations = translation.operations(schedule);
		PlannedOperation turned = operations.stream()
			.filter((op) -> op.workOrderId().equals(this.turning))
			.findFirst()
			.orElseThrow();
		// the lathe starts at 08:00 local time and takes 115 minutes
		assertThat(turned.start()).isEqualTo(ORIGIN.plus(Duration.ofHours(8)));
		assertThat(turned.end()).isEqualTo(ORIGIN.plus(Duration.ofHours(8).plusMinutes(115)));
		PlannedOperation milled = operations.stream()
			.filter((op) -> op.workOrderId().equals(this.milling))
			.findFirst()
			.orElseThrow();
		// the faster mill right after the turning, by the makespan level
		assertThat(milled.resourceId()).isEqualTo(this.fastMill);
		assertThat(milled.start()).isEqualTo(turned.end());
		ProblemTranslation.OrderOutcome outcome = translation.outcomes(schedule).get(this.shafts);
		assertThat(outcome.completion()).isEqualTo(milled.end());
		assertThat(outcome.late()).isFalse();
	}

	private ProblemTranslation translation(List<OrderToPlan> orders,
			Map<UUID, Map<String, Map<String, Duration>>> setups) {
		Map<UUID, List<PlanningInput.Window>> available = Map.of(this.lathe,
				List.of(local(1, 8, 12), local(1, 13, 17), local(2, 8, 12), local(2, 13, 17)));
		return new ProblemTranslation(new PlanningInput(ORIGIN, ORIGIN.plus(Duration.ofDays(2)), orders, available,
				setups, List.of(), ORIGIN, List.of(), Objective.standard(), Duration.ofSeconds(5), 2,
				(plant, day) -> day.atStartOfDay(SHANGHAI).toInstant()));
	}

	private OrderToPlan order(int priority, boolean millingStarted) {
		Step turn = new Step(this.turning, "WO-1-10", 10, "OP10", UUID.randomUUID(),
				List.of(new Alternative(this.lathe, BigDecimal.ONE)), new BigDecimal("100"), Duration.ofMinutes(15),
				Duration.ofSeconds(60), null, false, null);
		List<Alternative> mills = millingStarted ? List.of(new Alternative(this.mill, BigDecimal.ONE)) : List
			.of(new Alternative(this.mill, BigDecimal.ONE), new Alternative(this.fastMill, new BigDecimal("2")));
		Step mill = new Step(this.milling, "WO-1-20", 20, "OP20", UUID.randomUUID(), mills, new BigDecimal("100"),
				Duration.ofMinutes(10), Duration.ofSeconds(30), null, millingStarted, null);
		return new OrderToPlan(this.shafts, "MO-1", UUID.randomUUID(), this.plant, "shaft", LocalDate.of(2026, 12, 1),
				LocalDate.of(2026, 12, 1), priority, List.of(turn, mill));
	}

	private static PlanningInput.Window local(int day, int fromHour, int toHour) {
		Instant midnight = LocalDate.of(2026, 12, day).atStartOfDay(SHANGHAI).toInstant();
		return new PlanningInput.Window(midnight.plus(Duration.ofHours(fromHour)),
				midnight.plus(Duration.ofHours(toHour)));
	}

	private static Resource resource(SchedulingProblem problem, UUID id) {
		return problem.resources().stream().filter((r) -> r.id().equals(id.toString())).findFirst().orElseThrow();
	}

}
