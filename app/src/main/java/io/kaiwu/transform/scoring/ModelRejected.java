package io.kaiwu.transform.scoring;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model file or a set of answers refused, with every problem found, not just the first.
 */
public class ModelRejected extends RuntimeException {

	private final transient List<ModelProblem> problems;

	public ModelRejected(List<ModelProblem> problems) {
		super(problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<ModelProblem> problems() {
		return this.problems;
	}

}
