package io.kaiwu.transform.atlas;

import java.util.List;
import java.util.Map;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads a pack's scenarios for a tenant, each with its coverage, optionally only those of
 * one category or with one value tag.
 */
@Component
public class AtlasReading {

	private final AtlasCoverage coverage;

	AtlasReading(AtlasCoverage coverage) {
		this.coverage = coverage;
	}

	/** A scenario with the tenant's coverage of it. */
	public record Entry(Scenario scenario, Coverage coverage) {
	}

	/**
	 * The pack's scenarios that pass the filters, in the pack's order.
	 * @param category a category code, or {@literal null} for all.
	 * @param tag a value tag, or {@literal null} for all.
	 */
	public List<Entry> entries(TenantId tenant, AtlasPack pack, @Nullable String category, @Nullable ValueTag tag) {
		Map<String, Coverage> covered = this.coverage.of(tenant, pack);
		return pack.scenarios()
			.stream()
			.filter((s) -> category == null || s.category().equals(category))
			.filter((s) -> tag == null || s.tags().contains(tag))
			.map((s) -> new Entry(s, covered.get(s.code())))
			.toList();
	}

	/** One scenario with its coverage. */
	public Entry entry(TenantId tenant, AtlasPack pack, Scenario scenario) {
		return new Entry(scenario, this.coverage.of(tenant, pack).get(scenario.code()));
	}

	/** The links of the pack that end at the scenario, as (from, kind) links. */
	public static List<ScenarioLink> incoming(AtlasPack pack, String code) {
		return pack.scenarios()
			.stream()
			.flatMap((s) -> s.links()
				.stream()
				.filter((l) -> l.to().equals(code))
				.map((l) -> new ScenarioLink(s.code(), l.kind())))
			.toList();
	}

}
