package io.kaiwu.production.schedule.solver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kaiwu.production.schedule.jobshop.FeasibilityCheck;
import io.kaiwu.production.schedule.jobshop.JobShopFormat;
import io.kaiwu.production.schedule.jobshop.JobShopInstance;
import io.kaiwu.production.schedule.jobshop.JobShopOperation;
import io.kaiwu.production.schedule.jobshop.JobShopSolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispatching rule behind the warm start and the fallback keeps every rule too. */
class SerialDispatchTests {

	@Test
	void ft06ByDispatchIsFeasible() throws IOException {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/jsplib/ft06")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		JobShopInstance instance = JobShopFormat.parse(text);
		List<ScheduledOperation> placed = SerialDispatch
			.schedule(JobShopSolver.problem(instance, Duration.ofSeconds(1), 1), Map.of());
		List<JobShopOperation> answer = placed.stream().map((op) -> {
			String[] index = op.operation().split("\\.");
			return new JobShopOperation(Integer.parseInt(index[0]), Integer.parseInt(index[1]),
					Integer.parseInt(op.resource().substring(1)), op.start(), op.end());
		}).toList();
		int makespan = answer.stream().mapToInt(JobShopOperation::end).max().orElseThrow();
		assertThat(FeasibilityCheck.violations(instance, makespan, answer)).isEmpty();
		assertThat(makespan).isGreaterThanOrEqualTo(55);
	}

	/**
	 * R1 set up for A, A to B 10 min, blocked 20 to 30. a1 (A, 5) at 0; b1 (B, 8,
	 * released at 2) after a1 and the setup at 15, but 15 + 8 crosses the block: 30. b2
	 * follows b1 with a 2-minute transfer lag on R2 (4 min): ready at 32, but it may not
	 * end before b1 (38), so 34 to 38.
	 */
	@Test
	void setupsBlocksReleaseAndLagByHand() {
		Resource r1 = Resource.of("R1")
			.withSetups(Map.of("A", Map.of("B", 10)), "A")
			.withBlocked(List.of(new TimeWindow(20, 30)));
		SchedulingProblem problem = SchedulingProblem.of(
				List.of(Job.of("a", "A", 0, 100, List.of(Operation.on("a1", "R1", 5))),
						Job.of("b", "B", 2, 100,
								List.of(Operation.on("b1", "R1", 8).withTransferLag(2), Operation.on("b2", "R2", 4)))),
				List.of(r1, Resource.of("R2")), Objective.standard(), Duration.ofSeconds(1), 1);
		Map<String, ScheduledOperation> placed = new java.util.HashMap<>();
		SerialDispatch.schedule(problem, Map.of()).forEach((op) -> placed.put(op.operation(), op));
		assertThat(placed.get("a1").start()).isZero();
		assertThat(placed.get("b1").start()).isEqualTo(30);
		assertThat(placed.get("b1").setupBefore()).isEqualTo(10);
		assertThat(placed.get("b2").start()).isEqualTo(34);
		assertThat(placed.get("b2").end()).isEqualTo(38);
	}

}
