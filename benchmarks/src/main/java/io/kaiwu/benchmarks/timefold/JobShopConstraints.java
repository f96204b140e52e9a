package io.kaiwu.benchmarks.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Hard: no operation may wait on itself through a cycle of machine orders and job
 * routings. Soft: the makespan, the latest end of any operation placed so far (so that
 * the construction heuristic already sees it grow). Precedence and no overlap hold by
 * construction of the end times.
 */
public class JobShopConstraints implements ConstraintProvider {

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { cycle(factory), makespan(factory) };
	}

	private Constraint cycle(ConstraintFactory factory) {
		return factory.forEachUnfiltered(TimedOperation.class)
			.filter(TimedOperation::isInconsistent)
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint("machine orders wait on each other in a cycle");
	}

	private Constraint makespan(ConstraintFactory factory) {
		return factory.forEach(TimedOperation.class)
			.filter((op) -> op.getEnd() != null)
			.groupBy(ConstraintCollectors.max(TimedOperation::getEnd))
			.penalize(HardSoftScore.ONE_SOFT, (end) -> end)
			.asConstraint("makespan");
	}

}
