package io.kaiwu.production.schedule.jobshop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.kaiwu.production.schedule.solver.ApsSolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job-shop translation on the APS engine, checked by the independent feasibility
 * check and against the known optima.
 */
class JobShopSolverTests {

	private final JobShopSolver solver = new JobShopSolver(new ApsSolver());

	/** The OR-Tools guide's minimal job shop: optimal makespan 11. */
	@Test
	void minimalJobShopHasMakespanEleven() {
		JobShopInstance instance = JobShopFormat.parse("""
				3 3
				0 3 1 2 2 2
				0 2 2 1 1 4
				1 4 2 3 0 0
				""");
		JobShopSolver.Answer answer = this.solver.solve(instance, Duration.ofSeconds(10), 2);
		assertThat(answer.makespan()).isEqualTo(11);
		assertThat(answer.optimal()).isTrue();
		assertThat(FeasibilityCheck.violations(instance, answer.makespan(), answer.operations())).isEmpty();
	}

	@Test
	void ft06HasMakespanFiftyFive() throws IOException {
		JobShopInstance instance = JobShopFormat.parse(resource("/jsplib/ft06"));
		JobShopSolver.Answer answer = this.solver.solve(instance, Duration.ofSeconds(20), 2);
		assertThat(answer.makespan()).isEqualTo(55);
		assertThat(answer.operations()).hasSize(36);
		assertThat(FeasibilityCheck.violations(instance, answer.makespan(), answer.operations())).isEmpty();
	}

	static String resource(String path) throws IOException {
		try (InputStream in = JobShopSolverTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
