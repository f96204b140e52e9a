package io.kaiwu.transform.atlas.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.atlas.AtlasCoverage;
import io.kaiwu.transform.atlas.AtlasPack;
import io.kaiwu.transform.atlas.AtlasReading;
import io.kaiwu.transform.atlas.Scenario;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scenario atlas (场景图谱) over REST with the caller's tenant's coverage, and every fact
 * the platform measured about the tenant (平台数据佐证) with its provenance.
 */
@RestController
@RequestMapping("/api/v1/transform")
@PreAuthorize("hasRole('VIEWER')")
class AtlasApiController {

	private final ScenarioAtlas atlas;

	private final AtlasReading reading;

	private final AtlasCoverage coverage;

	private final MessageSource messages;

	AtlasApiController(ScenarioAtlas atlas, AtlasReading reading, AtlasCoverage coverage, MessageSource messages) {
		this.atlas = atlas;
		this.reading = reading;
		this.coverage = coverage;
		this.messages = messages;
	}

	/**
	 * The pack's categories and scenarios with coverage, and the links between the
	 * scenarios listed.
	 * @param pack the pack's code; {@code general} when absent.
	 * @param category only this category's scenarios (its code, for example {@code PM}).
	 * @param tag only scenarios with this value tag (for example {@code QUALITY}).
	 */
	@GetMapping("/atlas")
	Map<String, Object> atlas(@RequestParam(required = false) @Nullable String pack,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String tag) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		AtlasPack chosen = AtlasParameters.pack(this.atlas, pack);
		List<AtlasReading.Entry> entries = this.reading.entries(tenant, chosen,
				AtlasParameters.category(chosen, category), AtlasParameters.tag(tag));
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("pack", pack(chosen));
		json.put("packs", this.atlas.packs().stream().map(AtlasApiController::packName).toList());
		json.put("categories", chosen.categories().stream().map((c) -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("code", c.code());
			item.put("name", c.name());
			item.put("description", c.description());
			item.put("scenarios", chosen.scenarios().stream().filter((s) -> s.category().equals(c.code())).count());
			return item;
		}).toList());
		json.put("scenarios", entries.stream().map((e) -> AtlasJson.scenario(e, this.messages, locale)).toList());
		Set<String> listed = new HashSet<>();
		entries.forEach((e) -> listed.add(e.scenario().code()));
		List<Map<String, Object>> links = new ArrayList<>();
		for (AtlasReading.Entry e : entries) {
			e.scenario()
				.links()
				.stream()
				.filter((l) -> listed.contains(l.to()))
				.forEach((l) -> links.add(Map.of("from", e.scenario().code(), "to", l.to(), "kind", l.kind())));
		}
		json.put("links", links);
		return json;
	}

	/** One scenario with its coverage, its links and the links that end at it. */
	@GetMapping("/atlas/{code}")
	Map<String, Object> scenario(@PathVariable String code, @RequestParam(required = false) @Nullable String pack) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		AtlasPack chosen = AtlasParameters.pack(this.atlas, pack);
		Scenario scenario = AtlasParameters.scenario(chosen, code);
		Map<String, Object> json = AtlasJson.scenario(this.reading.entry(tenant, chosen, scenario), this.messages,
				LocaleContextHolder.getLocale());
		json.put("linkedFrom",
				AtlasReading.incoming(chosen, scenario.code())
					.stream()
					.map((l) -> Map.of("from", l.to(), "kind", l.kind()))
					.toList());
		json.put("pack", chosen.code());
		return json;
	}

	/** Every fact the modules measured about the caller's tenant, by key. */
	@GetMapping("/evidence")
	List<Map<String, Object>> evidence() {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Locale locale = LocaleContextHolder.getLocale();
		return this.coverage.facts(tenant).stream().map((f) -> fact(f, locale)).toList();
	}

	private Map<String, Object> fact(EvidenceFact f, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("key", f.key());
		json.put("label", AtlasJson.reason(f.key(), List.of(), this.messages, locale));
		json.put("value", f.value());
		json.put("outOf", f.outOf());
		json.put("ratio", f.ratio());
		json.put("provenance", AtlasJson.reason(f.provenanceKey(), f.provenanceArgs(), this.messages, locale));
		json.put("provenanceKey", f.provenanceKey());
		json.put("observedAt", f.observedAt().toString());
		return json;
	}

	private static Map<String, Object> pack(AtlasPack pack) {
		Map<String, Object> json = packName(pack);
		json.put("source", pack.source());
		json.put("version", pack.version());
		return json;
	}

	private static Map<String, Object> packName(AtlasPack pack) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", pack.code());
		json.put("name", pack.name());
		return json;
	}

}
