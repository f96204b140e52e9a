package io.kaiwu.production.schedule.jobshop;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The independent check catches each kind of infeasible answer. */
class FeasibilityCheckTests {

	private final JobShopInstance instance = JobShopFormat.parse("2 2\n0 3 1 2\n1 4 0 1\n");

	/** j0: m0 [0,3) m1 [4,6); j1: m1 [0,4) m0 [4,5). */
	private final List<JobShopOperation> good = List.of(new JobShopOperation(0, 0, 0, 0, 3),
			new JobShopOperation(0, 1, 1, 4, 6), new JobShopOperation(1, 0, 1, 0, 4),
			new JobShopOperation(1, 1, 0, 4, 5));

	@Test
	void aFeasibleAnswerPasses() {
		assertThat(FeasibilityCheck.violations(this.instance, 6, this.good)).isEmpty();
	}

	@Test
	void eachViolationIsFound() {
		assertThat(FeasibilityCheck.violations(this.instance, 5, this.good)).singleElement()
			.asString()
			.contains("makespan 5");
		assertThat(FeasibilityCheck.violations(this.instance, 6, replace(1, new JobShopOperation(0, 1, 1, 2, 4))))
			.anyMatch((v) -> v.contains("before its predecessor"))
			.anyMatch((v) -> v.contains("overlap on machine 1"));
		assertThat(FeasibilityCheck.violations(this.instance, 6, replace(3, new JobShopOperation(1, 1, 0, 4, 6))))
			.anyMatch((v) -> v.contains("lasts 2"));
		assertThat(FeasibilityCheck.violations(this.instance, 6, replace(3, new JobShopOperation(1, 1, 1, 6, 7))))
			.anyMatch((v) -> v.contains("on machine 1, the instance says 0"));
		assertThat(FeasibilityCheck.violations(this.instance, 6, this.good.subList(0, 3)))
			.anyMatch((v) -> v.contains("job 1 operation 1 missing"));
	}

	private List<JobShopOperation> replace(int index, JobShopOperation op) {
		List<JobShopOperation> answer = new java.util.ArrayList<>(this.good);
		answer.set(index, op);
		return answer;
	}

}
