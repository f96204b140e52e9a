package io.kaiwu.energy.tariff;

import java.util.List;
import java.util.stream.Collectors;

/** A tariff refused, with every reason at once. */
public final class InvalidTariff extends IllegalArgumentException {

	private final List<TariffProblem> problems;

	InvalidTariff(List<TariffProblem> problems) {
		super(problems.stream().map(TariffProblem::toString).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<TariffProblem> problems() {
		return this.problems;
	}

}
