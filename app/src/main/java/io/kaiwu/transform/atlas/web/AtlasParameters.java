package io.kaiwu.transform.atlas.web;

import java.util.Arrays;
import java.util.Locale;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.transform.atlas.AtlasPack;
import io.kaiwu.transform.atlas.Scenario;
import io.kaiwu.transform.atlas.ScenarioAtlas;
import io.kaiwu.transform.atlas.ValueTag;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of the atlas endpoints and pages, checked at the edge: an unknown
 * pack, category, value tag or scenario is a 400 (404 for a scenario) that names what is
 * known.
 */
final class AtlasParameters {

	private AtlasParameters() {
	}

	static AtlasPack pack(ScenarioAtlas atlas, @Nullable String code) {
		String wanted = (code == null || code.isBlank()) ? ScenarioAtlas.GENERAL : code.strip();
		return atlas.pack(wanted)
			.orElseThrow(() -> new KaiwuProblem.InvalidInput("pack", "problem.atlas.pack-unknown", wanted,
					String.join(", ", atlas.packs().stream().map(AtlasPack::code).toList())));
	}

	static @Nullable String category(AtlasPack pack, @Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String wanted = code.strip().toUpperCase(Locale.ROOT);
		if (pack.category(wanted).isEmpty()) {
			throw new KaiwuProblem.InvalidInput("category", "problem.atlas.category-unknown", code,
					String.join(", ", pack.categories().stream().map((c) -> c.code()).toList()));
		}
		return wanted;
	}

	static @Nullable ValueTag tag(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		try {
			return ValueTag.valueOf(tag.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("tag", "problem.atlas.tag-unknown", tag,
					String.join(", ", Arrays.stream(ValueTag.values()).map(Enum::name).toList()));
		}
	}

	static Scenario scenario(AtlasPack pack, String code) {
		return pack.scenario(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new KaiwuProblem.NotFound("scenario", code));
	}

}
