package io.kaiwu.production.schedule.solver;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine leaves the dispatch hint out only on a classic job shop; any APS feature
 * makes the problem something else.
 */
class ClassicJobShopTests {

	private static final List<Resource> MACHINES = List.of(Resource.of("m0"), Resource.of("m1"));

	@Test
	void plainChainsOnOneResourceEachAreAClassicJobShop() {
		assertThat(problem(List.of(job(0, Operation.on("0.0", "m0", 3), Operation.on("0.1", "m1", 2))), MACHINES)
			.isClassicJobShop()).isTrue();
	}

	@Test
	void everyApsFeatureMakesItSomethingElse() {
		Operation first = Operation.on("0.0", "m0", 3);
		Operation second = Operation.on("0.1", "m1", 2);
		Operation alternatives = new Operation("0.1", List.of(new Mode("m1", 2), new Mode("m0", 3)), null, null);
		assertThat(problem(List.of(job(5, first, second)), MACHINES).isClassicJobShop()).as("release").isFalse();
		assertThat(problem(List.of(job(0, first, alternatives)), MACHINES).isClassicJobShop()).as("alternatives")
			.isFalse();
		assertThat(problem(List.of(job(0, first.withTransferLag(1), second)), MACHINES).isClassicJobShop())
			.as("transfer lag")
			.isFalse();
		assertThat(problem(List.of(job(0, first.withPin(new Pin("m0", 0)), second)), MACHINES).isClassicJobShop())
			.as("pin")
			.isFalse();
		List<Job> jobs = List.of(job(0, first, second));
		assertThat(problem(jobs, List.of(Resource.of("m0").withBlocked(List.of(new TimeWindow(4, 6))), MACHINES.get(1)))
			.isClassicJobShop()).as("blocked time").isFalse();
		assertThat(
				problem(jobs, List.of(Resource.of("m0").withSetups(Map.of("A", Map.of("B", 5)), "A"), MACHINES.get(1)))
					.isClassicJobShop())
			.as("setups")
			.isFalse();
		assertThat(problem(jobs, MACHINES).after(List.of(new ScheduledOperation("0", "0.0", "m0", 0, 3, 0)), 0)
			.isClassicJobShop()).as("previous schedule").isFalse();
	}

	private static Job job(int release, Operation... operations) {
		return new Job("0", "", release, 0, 0, 1, List.of(operations));
	}

	private static SchedulingProblem problem(List<Job> jobs, List<Resource> resources) {
		return SchedulingProblem.of(jobs, resources, new Objective(1, 0, Map.of(), 0, 0), Duration.ofSeconds(1), 1);
	}

}
