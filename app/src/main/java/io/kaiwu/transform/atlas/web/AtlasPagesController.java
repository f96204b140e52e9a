package io.kaiwu.transform.atlas.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.atlas.AtlasCoverage;
import io.kaiwu.transform.atlas.AtlasPack;
import io.kaiwu.transform.atlas.AtlasReading;
import io.kaiwu.transform.atlas.Category;
import io.kaiwu.transform.atlas.Scenario;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import io.kaiwu.transform.atlas.ScenarioLink;
import io.kaiwu.transform.atlas.ValueTag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scenario atlas pages: the graph (ECharts: nodes coloured by coverage, grouped by
 * category, edges by link type) with the filterable list, a scenario's page with its four
 * lists, and the auto-evidence page.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class AtlasPagesController {

	private final ScenarioAtlas atlas;

	private final AtlasReading reading;

	private final AtlasCoverage coverage;

	private final MessageSource messages;

	private final JsonMapper json;

	AtlasPagesController(ScenarioAtlas atlas, AtlasReading reading, AtlasCoverage coverage, MessageSource messages,
			JsonMapper json) {
		this.atlas = atlas;
		this.reading = reading;
		this.coverage = coverage;
		this.messages = messages;
		this.json = json;
	}

	/** A scenario's row: the scenario, its coverage state and the reason in words. */
	record Row(Scenario scenario, String state, String reason) {
	}

	@GetMapping("/transform/atlas")
	String atlas(@RequestParam(required = false) @Nullable String pack,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String tag, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		AtlasPack chosen = AtlasParameters.pack(this.atlas, pack);
		String categoryCode = AtlasParameters.category(chosen, category);
		ValueTag valueTag = AtlasParameters.tag(tag);
		Locale locale = LocaleContextHolder.getLocale();
		List<Row> rows = this.reading.entries(tenant, chosen, categoryCode, valueTag)
			.stream()
			.map((e) -> new Row(e.scenario(), e.coverage().state().name(),
					AtlasJson.reason(e.coverage().reasonKey(), e.coverage().reasonArgs(), this.messages, locale)))
			.toList();
		model.addAttribute("pack", chosen);
		model.addAttribute("packs", this.atlas.packs());
		model.addAttribute("category", categoryCode);
		model.addAttribute("tag", valueTag);
		model.addAttribute("tags", ValueTag.values());
		model.addAttribute("rows", rows);
		model.addAttribute("graph", graph(chosen, rows, locale));
		return "transform/atlas/atlas";
	}

	@GetMapping("/transform/atlas/{code}")
	String scenario(@PathVariable String code, @RequestParam(required = false) @Nullable String pack, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		AtlasPack chosen = AtlasParameters.pack(this.atlas, pack);
		Scenario scenario = AtlasParameters.scenario(chosen, code);
		AtlasReading.Entry entry = this.reading.entry(tenant, chosen, scenario);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("pack", chosen);
		model.addAttribute("s", scenario);
		model.addAttribute("category", chosen.category(scenario.category()).orElseThrow());
		model.addAttribute("state", entry.coverage().state().name());
		model.addAttribute("reason",
				AtlasJson.reason(entry.coverage().reasonKey(), entry.coverage().reasonArgs(), this.messages, locale));
		model.addAttribute("sources",
				entry.coverage()
					.sources()
					.stream()
					.map((c) -> List.of(c.module(), c.state().name(),
							AtlasJson.reason(c.reasonKey(), c.reasonArgs(), this.messages, locale)))
					.toList());
		model.addAttribute("outgoing", named(chosen, scenario.links()));
		model.addAttribute("incoming", named(chosen, AtlasReading.incoming(chosen, scenario.code())));
		return "transform/atlas/scenario";
	}

	@GetMapping("/transform/evidence")
	String evidence(Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("facts",
				this.coverage.facts(tenant)
					.stream()
					.map((f) -> Map.of("fact", f, "label", label(f.key(), locale), "provenance",
							AtlasJson.reason(f.provenanceKey(), f.provenanceArgs(), this.messages, locale)))
					.toList());
		return "transform/atlas/evidence";
	}

	/** Links with the linked scenario, for the detail page. */
	private static List<Map<String, Object>> named(AtlasPack pack, List<ScenarioLink> links) {
		return links.stream()
			.map((l) -> Map.<String, Object>of("scenario", pack.scenario(l.to()).orElseThrow(), "kind", l.kind()))
			.toList();
	}

	/**
	 * The graph for atlas.js: categories (legend groups), nodes with their category index
	 * and coverage state, links with their kind, and the labels in the reader's language.
	 */
	private String graph(AtlasPack pack, List<Row> rows, Locale locale) {
		List<Category> categories = pack.categories();
		List<Map<String, Object>> nodes = new ArrayList<>();
		Set<String> shown = new HashSet<>();
		for (Row row : rows) {
			Scenario s = row.scenario();
			shown.add(s.code());
			Map<String, Object> node = new LinkedHashMap<>();
			node.put("id", s.code());
			node.put("name", s.code() + " " + s.name().in(locale));
			node.put("category", categories.indexOf(pack.category(s.category()).orElseThrow()));
			node.put("state", row.state());
			node.put("stateLabel", label("atlas.state." + row.state(), locale));
			node.put("href", "/transform/atlas/" + s.code() + "?pack=" + pack.code());
			nodes.add(node);
		}
		List<Map<String, Object>> links = new ArrayList<>();
		for (Row row : rows) {
			for (ScenarioLink l : row.scenario().links()) {
				if (shown.contains(l.to())) {
					links.add(Map.of("source", row.scenario().code(), "target", l.to(), "kind", l.kind().name(),
							"kindLabel", label("atlas.link." + l.kind().name(), locale)));
				}
			}
		}
		Map<String, Object> graph = new LinkedHashMap<>();
		graph.put("categories", categories.stream().map((c) -> Map.of("name", c.name().in(locale))).toList());
		graph.put("nodes", nodes);
		graph.put("links", links);
		return this.json.writeValueAsString(graph);
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
