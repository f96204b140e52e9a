package io.kaiwu.transform.evaluation.kernel;

import java.util.List;

/**
 * Inputs a KPI's formula cannot take: missing, not a number, or out of the input's range.
 */
public final class KpiInputProblem extends RuntimeException {

	private final List<Issue> issues;

	KpiInputProblem(List<Issue> issues) {
		super(issues.toString());
		this.issues = List.copyOf(issues);
	}

	public List<Issue> issues() {
		return this.issues;
	}

	/**
	 * One bad input.
	 *
	 * @param input the input's name.
	 * @param reason {@code missing}, {@code unknown} or {@code out-of-range}.
	 * @param given the value given, or {@literal null} when missing.
	 */
	public record Issue(String input, String reason, @org.jspecify.annotations.Nullable Double given) {
	}

}
