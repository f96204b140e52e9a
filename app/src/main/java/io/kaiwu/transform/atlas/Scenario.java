package io.kaiwu.transform.atlas;

import java.util.List;

/**
 * One typical scenario of the guide's annex, with what Kaiwu knows about it.
 *
 * @param code its stable code, the category's code and a two-digit number, for example
 * {@code OPS-01}.
 * @param category the code of its category.
 * @param name its name.
 * @param module the Kaiwu module that serves it, whether built yet or not.
 * @param description what the scenario is.
 * @param painPoints the problems it solves.
 * @param tags the value it brings.
 * @param lists the four lists.
 * @param links links to other scenarios.
 */
public record Scenario(String code, String category, Text name, String module, Text description, List<Text> painPoints,
		List<ValueTag> tags, FourLists lists, List<ScenarioLink> links) {

	public Scenario {
		painPoints = List.copyOf(painPoints);
		tags = List.copyOf(tags);
		links = List.copyOf(links);
	}

}
