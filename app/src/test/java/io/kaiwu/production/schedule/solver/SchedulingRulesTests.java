package io.kaiwu.production.schedule.solver;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kaiwu.production.schedule.solver.ProblemRefused.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * One hand-worked instance per scheduling rule, each with its known answer. Times are
 * minutes from the horizon origin.
 */
class SchedulingRulesTests {

	private static final int FAR = 10_000;

	private final ApsSolver solver = new ApsSolver();

	@Test
	void anOperationStartsWhenThePreviousOneOfItsJobHasEnded() {
		Schedule schedule = solve(List.of(job("j", 0, FAR, Operation.on("j1", "R1", 5), Operation.on("j2", "R2", 3))),
				List.of(Resource.of("R1"), Resource.of("R2")));
		assertThat(schedule.operation("j2").start()).isEqualTo(5);
		assertThat(schedule.kpis().makespan()).isEqualTo(8);
		assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
	}

	@Test
	void aResourceRunsOneOperationAtATime() {
		Schedule schedule = solve(
				List.of(job("a", 0, FAR, Operation.on("a1", "R1", 4)), job("b", 0, FAR, Operation.on("b1", "R1", 6))),
				List.of(Resource.of("R1")));
		ScheduledOperation a = schedule.operation("a1");
		ScheduledOperation b = schedule.operation("b1");
		assertThat(a.end() <= b.start() || b.end() <= a.start()).isTrue();
		assertThat(schedule.kpis().makespan()).isEqualTo(10);
		assertThat(schedule.kpis().utilisation()).containsEntry("R1", 1.0);
	}

	/**
	 * Two jobs, each 10 min on R1 or 6 min on R2: one on each machine gives 10, both on
	 * R2 12.
	 */
	@Test
	void alternativeResourcesEachWithTheirOwnDuration() {
		Schedule schedule = solve(List.of(job("a", 0, FAR, either("a1")), job("b", 0, FAR, either("b1"))),
				List.of(Resource.of("R1"), Resource.of("R2")));
		assertThat(schedule.kpis().makespan()).isEqualTo(10);
		assertThat(List.of(schedule.operation("a1").resource(), schedule.operation("b1").resource()))
			.containsExactlyInAnyOrder("R1", "R2");
		ScheduledOperation onR2 = schedule.operation("a1").resource().equals("R2") ? schedule.operation("a1")
				: schedule.operation("b1");
		assertThat(onR2.end() - onR2.start()).isEqualTo(6);
		Schedule alone = solve(List.of(job("a", 0, FAR, either("a1"))), List.of(Resource.of("R1"), Resource.of("R2")));
		assertThat(alone.operation("a1").resource()).isEqualTo("R2");
	}

	/**
	 * R1 is set up for family A; A to B takes 10 min, B to A 2 min. A then B: 5 + 10 + 5
	 * = 20. B then A: 10 + 5 + 2 + 5 = 22.
	 */
	@Test
	void sequenceDependentSetupsByFamily() {
		Resource r1 = Resource.of("R1").withSetups(Map.of("A", Map.of("B", 10), "B", Map.of("A", 2)), "A");
		Schedule schedule = solve(List.of(new Job("b", "B", 0, FAR, 1, 1, List.of(Operation.on("b1", "R1", 5))),
				new Job("a", "A", 0, FAR, 1, 1, List.of(Operation.on("a1", "R1", 5)))), List.of(r1));
		assertThat(schedule.operation("a1").start()).isZero();
		assertThat(schedule.operation("b1").start()).isEqualTo(15);
		assertThat(schedule.operation("b1").setupBefore()).isEqualTo(10);
		assertThat(schedule.operation("a1").setupBefore()).isZero();
		assertThat(schedule.kpis().makespan()).isEqualTo(20);
		assertThat(schedule.kpis().totalSetup()).isEqualTo(10);
	}

	/**
	 * R1 is blocked from minute 4 to 10: a 6-minute operation cannot fit before, so it
	 * starts at 10.
	 */
	@Test
	void anOperationDoesNotOverlapBlockedTime() {
		Resource r1 = Resource.of("R1").withBlocked(List.of(new TimeWindow(4, 10)));
		Schedule schedule = solve(
				List.of(job("a", 0, FAR, Operation.on("a1", "R1", 6)), job("b", 0, FAR, Operation.on("b1", "R1", 3))),
				List.of(r1));
		assertThat(schedule.operation("a1").start()).isEqualTo(10);
		assertThat(schedule.operation("b1").start()).isZero();
		assertThat(schedule.kpis().makespan()).isEqualTo(16);
		// 9 busy minutes out of 16 - 6 blocked
		assertThat(schedule.kpis().utilisation().get("R1")).isCloseTo(0.9, within(1e-9));
	}

	@Test
	void aJobStartsNoEarlierThanItsRelease() {
		Schedule schedule = solve(List.of(job("a", 7, FAR, Operation.on("a1", "R1", 5))), List.of(Resource.of("R1")));
		assertThat(schedule.operation("a1").start()).isEqualTo(7);
		assertThat(schedule.kpis().makespan()).isEqualTo(12);
	}

	/**
	 * b is pinned at minute 2, so a (5 min) no longer fits before it and follows at 7.
	 */
	@Test
	void aPinnedOperationKeepsResourceAndStart() {
		Schedule schedule = solve(
				List.of(job("a", 0, FAR, Operation.on("a1", "R1", 5)),
						job("b", 0, FAR, either("b1").withPin(new Pin("R1", 2)))),
				List.of(Resource.of("R1"), Resource.of("R2")));
		assertThat(schedule.operation("b1").resource()).isEqualTo("R1");
		assertThat(schedule.operation("b1").start()).isEqualTo(2);
		assertThat(schedule.operation("a1").start()).isEqualTo(12);
		assertThat(schedule.kpis().makespan()).isEqualTo(17);
	}

	/**
	 * Before, b ran at 3 and a at 20; with the freeze at minute 5, b (starting at 3)
	 * stays, a moves up to 8: makespan 13, where 10 would be possible without the freeze.
	 */
	@Test
	void theFrozenHorizonKeepsWhatStartsInsideIt() {
		List<Job> jobs = List.of(job("a", 0, FAR, Operation.on("a1", "R1", 5)),
				job("b", 0, FAR, Operation.on("b1", "R1", 5)));
		List<ScheduledOperation> before = List.of(new ScheduledOperation("a", "a1", "R1", 20, 25, 0),
				new ScheduledOperation("b", "b1", "R1", 3, 8, 0));
		SchedulingProblem problem = problem(jobs, List.of(Resource.of("R1"))).after(before, 5);
		Schedule schedule = this.solver.solve(problem);
		assertThat(schedule.operation("b1").start()).isEqualTo(3);
		assertThat(schedule.operation("a1").start()).isEqualTo(8);
		assertThat(schedule.kpis().makespan()).isEqualTo(13);
		Schedule unfrozen = this.solver.solve(problem(jobs, List.of(Resource.of("R1"))).after(before, 0));
		assertThat(unfrozen.kpis().makespan()).isEqualTo(10);
	}

	/**
	 * j (10 min, due 10) and k (2 min, due 2, weight 5) on one machine: k first costs 2
	 * late minutes of j, j first costs 5 x 10; with j's weight 30 the order turns.
	 */
	@Test
	void weightedTardinessComesFirstAndWeightsCount() {
		Schedule schedule = solve(
				List.of(new Job("j", "", 0, 10, 1, 1, List.of(Operation.on("j1", "R1", 10))),
						new Job("k", "", 0, 2, 5, 1, List.of(Operation.on("k1", "R1", 2)))),
				List.of(Resource.of("R1")));
		assertThat(schedule.operation("k1").start()).isZero();
		assertThat(schedule.kpis().weightedTardiness()).isEqualTo(2);
		assertThat(schedule.levels().get(0)).isEqualTo(2);
		Schedule heavier = solve(
				List.of(new Job("j", "", 0, 10, 30, 1, List.of(Operation.on("j1", "R1", 10))),
						new Job("k", "", 0, 2, 5, 1, List.of(Operation.on("k1", "R1", 2)))),
				List.of(Resource.of("R1")));
		assertThat(heavier.operation("j1").start()).isZero();
		assertThat(heavier.kpis().weightedTardiness()).isEqualTo(50);
		Schedule rush = solve(
				List.of(new Job("j", "", 0, 10, 30, 1, List.of(Operation.on("j1", "R1", 10))),
						new Job("k", "", 0, 2, 5, 7, List.of(Operation.on("k1", "R1", 2)))),
				List.of(Resource.of("R1")));
		assertThat(rush.operation("k1").start()).as("priority 7 multiplies k's weight to 35 > 30 x 2 / 10").isZero();
	}

	/**
	 * j before k's first step keeps j on time and gives makespan 31; k first gives
	 * makespan 21 but j one minute late. Tardiness wins.
	 */
	@Test
	void makespanOnlyAfterTardiness() {
		Schedule schedule = solve(
				List.of(new Job("j", "", 0, 10, 1, 1, List.of(Operation.on("j1", "R1", 10))),
						new Job("k", "", 0, FAR, 1, 1,
								List.of(Operation.on("k1", "R1", 1), Operation.on("k2", "R2", 20)))),
				List.of(Resource.of("R1"), Resource.of("R2")));
		assertThat(schedule.kpis().weightedTardiness()).isZero();
		assertThat(schedule.kpis().makespan()).isEqualTo(31);
		assertThat(schedule.levels()).containsExactly(0L, 31L);
		Schedule weighted = new ApsSolver(LexicographicMethod.WEIGHTED_SUM).solve(problem(
				List.of(new Job("j", "", 0, 10, 1, 1, List.of(Operation.on("j1", "R1", 10))),
						new Job("k", "", 0, FAR, 1, 1,
								List.of(Operation.on("k1", "R1", 1), Operation.on("k2", "R2", 20)))),
				List.of(Resource.of("R1"), Resource.of("R2"))));
		assertThat(weighted.levels()).as("the weighted sum is strict too").containsExactly(0L, 31L);
	}

	/**
	 * A long job on R2 fixes the makespan at 100; on R1, A A B needs one 5-minute
	 * changeover, A B A two.
	 */
	@Test
	void setupTimeAfterMakespan() {
		Resource r1 = Resource.of("R1").withSetups(Map.of("A", Map.of("B", 5), "B", Map.of("A", 5)), null);
		Schedule schedule = solve(
				List.of(new Job("a", "A", 0, FAR, 1, 1, List.of(Operation.on("a1", "R1", 10))),
						new Job("b", "B", 0, FAR, 1, 1, List.of(Operation.on("b1", "R1", 10))),
						new Job("c", "A", 0, FAR, 1, 1, List.of(Operation.on("c1", "R1", 10))),
						new Job("long", "Z", 0, FAR, 1, 1, List.of(Operation.on("long1", "R2", 100)))),
				List.of(r1, Resource.of("R2")));
		assertThat(schedule.kpis().makespan()).isEqualTo(100);
		assertThat(schedule.kpis().totalSetup()).isEqualTo(5);
		assertThat(schedule.levels()).as("tardiness, makespan, setup").containsExactly(0L, 100L, 5L);
	}

	/**
	 * a on R1 and b on R2 were planned at 0; the rush order r (due 10, weight 10) must
	 * start at 0 too, so exactly one of them moves to 10, the other stays.
	 */
	@Test
	void rushOrderInsertionMovesAsFewOperationsAsPossible() {
		List<Resource> twins = List.of(Resource.of("R1"), Resource.of("R2"));
		List<ScheduledOperation> before = List.of(new ScheduledOperation("a", "a1", "R1", 0, 10, 0),
				new ScheduledOperation("b", "b1", "R2", 0, 10, 0));
		List<Job> jobs = List.of(job("a", 0, FAR, same("a1")), job("b", 0, FAR, same("b1")),
				new Job("r", "", 0, 10, 10, 1, List.of(same("r1"))));
		Schedule schedule = this.solver.solve(problem(jobs, twins).after(before, 0));
		assertThat(schedule.kpis().weightedTardiness()).isZero();
		assertThat(schedule.kpis().makespan()).isEqualTo(20);
		assertThat(schedule.levels()).containsExactly(0L, 20L, 1L);
		Schedule previous = ScheduleFigures.of(problem(jobs.subList(0, 2), twins), before, SolveStatus.OPTIMAL,
				List.of());
		ScheduleDiff diff = ScheduleDiff.between(previous, schedule);
		assertThat(diff.moved()).hasSize(2);
		assertThat(diff.moved()).filteredOn((m) -> m.oldResource() == null)
			.singleElement()
			.satisfies((m) -> assertThat(m.operation()).isEqualTo("r1"));
		assertThat(diff.moved()).filteredOn((m) -> m.oldResource() != null)
			.singleElement()
			.satisfies((m) -> assertThat(m.newStart()).isEqualTo(10));
		assertThat(diff.newlyAtRisk()).isEmpty();
	}

	/**
	 * With a 3-minute transfer lag the second step (5 min) starts at 5 so that it ends
	 * with the first at 10.
	 */
	@Test
	void transferBatchLagLetsTheNextOperationOverlap() {
		List<Resource> resources = List.of(Resource.of("R1"), Resource.of("R2"));
		Schedule plain = solve(List.of(job("j", 0, FAR, Operation.on("j1", "R1", 10), Operation.on("j2", "R2", 5))),
				resources);
		assertThat(plain.operation("j2").start()).isEqualTo(10);
		Schedule lagged = solve(
				List.of(job("j", 0, FAR, Operation.on("j1", "R1", 10).withTransferLag(3), Operation.on("j2", "R2", 5))),
				resources);
		assertThat(lagged.operation("j2").start()).isEqualTo(5);
		assertThat(lagged.kpis().makespan()).isEqualTo(10);
		Schedule longer = solve(List
			.of(job("j", 0, FAR, Operation.on("j1", "R1", 10).withTransferLag(3), Operation.on("j2", "R2", 12))),
				resources);
		assertThat(longer.operation("j2").start()).isEqualTo(3);
		assertThat(longer.kpis().makespan()).isEqualTo(15);
	}

	/** A due date that cannot be met still gives a schedule, the job flagged late. */
	@Test
	void lateJobsAreFlaggedNotRefused() {
		Schedule schedule = solve(
				List.of(job("a", 0, 5, Operation.on("a1", "R1", 10)), job("b", 0, FAR, Operation.on("b1", "R1", 1))),
				List.of(Resource.of("R1")));
		assertThat(schedule.job("a").late()).isTrue();
		assertThat(schedule.job("a").tardiness()).isEqualTo(5);
		assertThat(schedule.job("b").late()).isFalse();
		assertThat(schedule.kpis().onTimeRate()).isEqualTo(0.5);
		Schedule before = solve(
				List.of(job("a", 0, 50, Operation.on("a1", "R1", 10)), job("b", 0, FAR, Operation.on("b1", "R1", 1))),
				List.of(Resource.of("R1")));
		assertThat(ScheduleDiff.between(before, schedule).newlyAtRisk()).containsExactly("a");
	}

	/** The OR-Tools guide's minimal job shop: optimal makespan 11. */
	@Test
	void minimalJobShop() {
		List<Resource> machines = List.of(Resource.of("m0"), Resource.of("m1"), Resource.of("m2"));
		Schedule schedule = solve(List.of(
				job("J0", 0, FAR, Operation.on("J0.0", "m0", 3), Operation.on("J0.1", "m1", 2),
						Operation.on("J0.2", "m2", 2)),
				job("J1", 0, FAR, Operation.on("J1.0", "m0", 2), Operation.on("J1.1", "m2", 1),
						Operation.on("J1.2", "m1", 4)),
				job("J2", 0, FAR, Operation.on("J2.0", "m1", 4), Operation.on("J2.1", "m2", 3))), machines);
		assertThat(schedule.kpis().makespan()).isEqualTo(11);
		assertThat(schedule.status()).isEqualTo(SolveStatus.OPTIMAL);
	}

	@Test
	void anOperationWithoutResourceIsRefusedByName() {
		assertThatExceptionOfType(ProblemRefused.class)
			.isThrownBy(() -> solve(List.of(job("a", 0, FAR, new Operation("a1", List.of(), null, null))),
					List.of(Resource.of("R1"))))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.NO_RESOURCE))
			.satisfies((ex) -> assertThat(ex.subject()).isEqualTo("a1"));
	}

	/** R1 is free only from 2 to 8: a 7-minute operation never fits. */
	@Test
	void anOperationLongerThanEveryFreeWindowIsRefusedByName() {
		Resource r1 = Resource.of("R1")
			.withBlocked(List.of(new TimeWindow(0, 2), new TimeWindow(8, SchedulingProblem.END_OF_TIME)));
		assertThatExceptionOfType(ProblemRefused.class)
			.isThrownBy(() -> solve(List.of(job("a", 0, FAR, Operation.on("a1", "R1", 7))), List.of(r1)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(Reason.NO_WINDOW_LONG_ENOUGH))
			.satisfies((ex) -> assertThat(ex.subject()).isEqualTo("a1"));
		assertThat(solve(List.of(job("a", 0, FAR, Operation.on("a1", "R1", 6))), List.of(r1)).operation("a1").start())
			.isEqualTo(2);
	}

	@Test
	void twoPlannersMaySolveAtOnce() throws Exception {
		List<Resource> machines = List.of(Resource.of("m0"), Resource.of("m1"));
		List<Job> jobs = List.of(job("a", 0, FAR, Operation.on("a0", "m0", 3), Operation.on("a1", "m1", 4)),
				job("b", 0, FAR, Operation.on("b0", "m1", 2), Operation.on("b1", "m0", 5)));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> this.solver.solve(problem(jobs, machines)));
			var second = pool.submit(() -> this.solver.solve(problem(jobs, machines)));
			// a0 [0,3) b1 [3,8) on m0; b0 [0,2) a1 [3,7) on m1
			assertThat(first.get().kpis().makespan()).isEqualTo(8);
			assertThat(second.get().kpis().makespan()).isEqualTo(8);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Schedule solve(List<Job> jobs, List<Resource> resources) {
		return this.solver.solve(problem(jobs, resources));
	}

	private static SchedulingProblem problem(List<Job> jobs, List<Resource> resources) {
		return SchedulingProblem.of(jobs, resources, Objective.standard(), Duration.ofSeconds(10), 2);
	}

	private static Job job(String id, int release, int due, Operation... operations) {
		return Job.of(id, "", release, due, List.of(operations));
	}

	/** 10 minutes on R1 or 6 on R2. */
	private static Operation either(String id) {
		return new Operation(id, List.of(new Mode("R1", 10), new Mode("R2", 6)), null, null);
	}

	/** 10 minutes on R1 or R2. */
	private static Operation same(String id) {
		return new Operation(id, List.of(new Mode("R1", 10), new Mode("R2", 10)), null, null);
	}

}
