package io.kaiwu.transform.atlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The scenario atlas packs shipped in {@code transform/atlas/*.yaml}, read and checked
 * once at start: a file with a problem stops the start with every problem listed, so a
 * bad edit never reaches a user.
 */
@Component
public class ScenarioAtlas {

	/** The pack used when none is chosen. */
	public static final String GENERAL = "general";

	static final String LOCATION = "classpath*:transform/atlas/*.yaml";

	private final Map<String, AtlasPack> packs;

	ScenarioAtlas() {
		this(sources());
	}

	ScenarioAtlas(List<AtlasFiles.Source> sources) {
		AtlasFiles.Result result = AtlasFiles.read(sources);
		if (!result.problems().isEmpty()) {
			throw new AtlasInvalid(result.problems());
		}
		this.packs = result.packs();
	}

	/** Every pack, the general ones first. */
	public List<AtlasPack> packs() {
		return List.copyOf(this.packs.values());
	}

	public Optional<AtlasPack> pack(String code) {
		return Optional.ofNullable(this.packs.get(code));
	}

	private static List<AtlasFiles.Source> sources() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
			List<AtlasFiles.Source> sources = new ArrayList<>();
			for (Resource resource : Arrays.stream(found)
				.sorted(Comparator.comparing((Resource r) -> String.valueOf(r.getFilename())))
				.toList()) {
				sources.add(new AtlasFiles.Source(String.valueOf(resource.getFilename()),
						resource.getContentAsString(StandardCharsets.UTF_8)));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the scenario atlas files " + LOCATION, ex);
		}
	}

}
