package io.kaiwu.transform.atlas.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.shared.ScenarioCoverage;
import io.kaiwu.transform.atlas.AtlasReading;
import io.kaiwu.transform.atlas.Coverage;
import io.kaiwu.transform.atlas.Scenario;

import org.springframework.context.MessageSource;

/**
 * A scenario and its coverage as JSON: content in both languages ({@code zh},
 * {@code en}), the coverage reasons in the reader's language.
 */
final class AtlasJson {

	private AtlasJson() {
	}

	static Map<String, Object> scenario(AtlasReading.Entry entry, MessageSource messages, Locale locale) {
		Scenario s = entry.scenario();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("code", s.code());
		json.put("category", s.category());
		json.put("name", s.name());
		json.put("module", s.module());
		json.put("description", s.description());
		json.put("painPoints", s.painPoints());
		json.put("tags", s.tags());
		json.put("lists", s.lists());
		json.put("links", s.links());
		json.put("coverage", coverage(entry.coverage(), messages, locale));
		return json;
	}

	static Map<String, Object> coverage(Coverage coverage, MessageSource messages, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("state", coverage.state());
		json.put("reason", reason(coverage.reasonKey(), coverage.reasonArgs(), messages, locale));
		json.put("sources", coverage.sources().stream().map((c) -> source(c, messages, locale)).toList());
		return json;
	}

	private static Map<String, Object> source(ScenarioCoverage c, MessageSource messages, Locale locale) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("module", c.module());
		json.put("state", c.state());
		json.put("reason", reason(c.reasonKey(), c.reasonArgs(), messages, locale));
		return json;
	}

	/** A message in the reader's language; the key itself when no bundle has it. */
	static String reason(String key, List<String> args, MessageSource messages, Locale locale) {
		return messages.getMessage(key, args.toArray(), key, locale);
	}

}
