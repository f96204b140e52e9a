package io.kaiwu.transform.atlas;

import java.util.List;
import java.util.Optional;

/**
 * A scenario atlas as one pack gives it: the general pack from the guide, or an industry
 * pack (行业包) that refines it, already merged with the pack it extends.
 *
 * @param code the pack's code, for example {@code general} or {@code machining}.
 * @param name its name.
 * @param source where its content comes from.
 * @param version the version of its content.
 * @param categories the categories in the guide's order.
 * @param scenarios the scenarios in file order.
 */
public record AtlasPack(String code, Text name, String source, String version, List<Category> categories,
		List<Scenario> scenarios) {

	public AtlasPack {
		categories = List.copyOf(categories);
		scenarios = List.copyOf(scenarios);
	}

	public Optional<Scenario> scenario(String code) {
		return this.scenarios.stream().filter((s) -> s.code().equals(code)).findFirst();
	}

	public Optional<Category> category(String code) {
		return this.categories.stream().filter((c) -> c.code().equals(code)).findFirst();
	}

}
