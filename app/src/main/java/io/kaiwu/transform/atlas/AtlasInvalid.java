package io.kaiwu.transform.atlas;

import java.util.List;
import java.util.stream.Collectors;

/** The atlas pack files were refused: every problem found, not only the first. */
public class AtlasInvalid extends RuntimeException {

	private final List<AtlasProblem> problems;

	public AtlasInvalid(List<AtlasProblem> problems) {
		super("The scenario atlas files have " + problems.size() + " problem(s):\n"
				+ problems.stream().map(AtlasProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<AtlasProblem> problems() {
		return this.problems;
	}

}
