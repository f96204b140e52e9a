package io.kaiwu.transform.atlas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one atlas pack file (YAML) into its raw parts and notes every problem of its
 * shape: a missing or unknown field, a bad code, an unknown value tag or link kind, a
 * duplicate code within the file. Whether codes refer to something that exists is checked
 * later by {@link AtlasFiles}, once every file is read. Plain Java.
 */
final class PackReader {

	static final Pattern PACK_CODE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z]{2,4}");

	static final Pattern SCENARIO_CODE = Pattern.compile("([A-Z]{2,4})-[0-9]{2}");

	private static final Set<String> PACK_KEYS = Set.of("pack", "extends", "name", "source", "version", "categories",
			"scenarios");

	private static final Set<String> CATEGORY_KEYS = Set.of("code", "name", "description");

	private static final Set<String> SCENARIO_KEYS = Set.of("code", "category", "name", "module", "description",
			"painPoints", "tags", "lists", "links");

	private static final Set<String> LIST_KEYS = Set.of("data", "models", "tools", "skills");

	private static final Set<String> LINK_KEYS = Set.of("to", "kind");

	/** A link as written, with where it is written. */
	record RawLink(String path, String to, LinkKind kind) {
	}

	/**
	 * A scenario as written; in an industry pack most parts may be absent (null or
	 * empty), and what is given is added to the general scenario.
	 */
	record RawScenario(String path, String code, @Nullable String category, @Nullable Text name,
			@Nullable String module, @Nullable Text description, List<Text> painPoints, List<ValueTag> tags,
			FourLists lists, List<RawLink> links) {
	}

	/** A pack file as written. */
	record PackFile(String file, String code, @Nullable String extendsCode, Text name, String source, String version,
			List<Category> categories, List<RawScenario> scenarios) {
	}

	private final String file;

	private final List<AtlasProblem> problems;

	private PackReader(String file, List<AtlasProblem> problems) {
		this.file = file;
		this.problems = problems;
	}

	/**
	 * Reads a pack file.
	 * @param file the file's name, for the problems.
	 * @param content its text.
	 * @param problems where every problem found is added.
	 * @return the pack as written, or {@literal null} when the file is not usable at all
	 * (not YAML, not a mapping, no pack code).
	 */
	static @Nullable PackFile read(String file, String content, List<AtlasProblem> problems) {
		return new PackReader(file, problems).read(content);
	}

	private @Nullable PackFile read(String content) {
		Object root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(content);
		}
		catch (YAMLException ex) {
			problem("", "not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
			return null;
		}
		if (!(root instanceof Map<?, ?> map)) {
			problem("", "expected a mapping with pack, name, source, version and scenarios");
			return null;
		}
		unknownKeys("", map, PACK_KEYS);
		String code = string(map, "", "pack", true);
		if (code == null) {
			return null;
		}
		if (!PACK_CODE.matcher(code).matches()) {
			problem("pack", "'" + code + "' is not a pack code: use lower-case letters, digits and '-'");
		}
		String extendsCode = string(map, "", "extends", false);
		boolean refines = extendsCode != null;
		Text name = text(map, "", "name", true);
		String source = string(map, "", "source", true);
		String version = string(map, "", "version", true);
		List<Category> categories = new ArrayList<>();
		if (refines && map.containsKey("categories")) {
			problem("categories", "an industry pack takes the categories of the pack it extends: remove them");
		}
		else if (!refines) {
			categories = categories(map.get("categories"));
		}
		List<RawScenario> scenarios = scenarios(map.get("scenarios"), refines);
		return new PackFile(this.file, code, extendsCode, (name != null) ? name : new Text(code, code),
				(source != null) ? source : "", (version != null) ? version : "", categories, scenarios);
	}

	private List<Category> categories(@Nullable Object value) {
		List<Category> categories = new ArrayList<>();
		List<?> items = list(value, "categories", true);
		Map<String, String> seen = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String path = "categories[" + i + "]";
			if (!(items.get(i) instanceof Map<?, ?> map)) {
				problem(path, "expected a mapping with code, name and description");
				continue;
			}
			unknownKeys(path, map, CATEGORY_KEYS);
			String code = string(map, path, "code", true);
			Text name = text(map, path, "name", true);
			Text description = text(map, path, "description", true);
			if (code == null) {
				continue;
			}
			if (!CATEGORY_CODE.matcher(code).matches()) {
				problem(path + ".code", "'" + code + "' is not a category code: use 2 to 4 capital letters");
			}
			String first = seen.putIfAbsent(code, path);
			if (first != null) {
				problem(path + ".code", "duplicate category code '" + code + "', first at " + first);
			}
			else if (name != null && description != null) {
				categories.add(new Category(code, name, description));
			}
		}
		return categories;
	}

	private List<RawScenario> scenarios(@Nullable Object value, boolean refines) {
		List<RawScenario> scenarios = new ArrayList<>();
		List<?> items = list(value, "scenarios", true);
		Map<String, String> seen = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			String path = "scenarios[" + i + "]";
			if (!(items.get(i) instanceof Map<?, ?> map)) {
				problem(path, "expected a mapping with code, category, name, module and the scenario's content");
				continue;
			}
			unknownKeys(path, map, SCENARIO_KEYS);
			String code = string(map, path, "code", true);
			boolean full = !refines;
			if (refines) {
				for (String fixed : List.of("category", "module", "name")) {
					if (map.containsKey(fixed)) {
						problem(path + "." + fixed, "an industry pack cannot change a scenario's " + fixed
								+ ": only description, painPoints, tags, lists and links");
					}
				}
			}
			String category = full ? string(map, path, "category", false) : null;
			if (full && category == null) {
				problem(path + ".category", "missing category: name the code of one of the pack's categories");
			}
			Text name = full ? text(map, path, "name", true) : null;
			String module = full ? string(map, path, "module", true) : null;
			Text description = text(map, path, "description", full);
			List<Text> painPoints = texts(map.get("painPoints"), path + ".painPoints", full);
			List<ValueTag> tags = tags(map.get("tags"), path + ".tags", full);
			FourLists lists = lists(map.get("lists"), path + ".lists", full);
			List<RawLink> links = links(map.get("links"), path + ".links", code);
			if (code == null) {
				continue;
			}
			if (!SCENARIO_CODE.matcher(code).matches()) {
				problem(path + ".code",
						"'" + code + "' is not a scenario code: use the category code, '-' and two digits, "
								+ "for example PM-01");
			}
			else if (category != null && !code.startsWith(category + "-")) {
				problem(path + ".code", "'" + code + "' does not start with its category's code '" + category + "-'");
			}
			String first = seen.putIfAbsent(code, path);
			if (first != null) {
				problem(path + ".code", "duplicate scenario code '" + code + "', first at " + first);
				continue;
			}
			scenarios
				.add(new RawScenario(path, code, category, name, module, description, painPoints, tags, lists, links));
		}
		return scenarios;
	}

	private List<ValueTag> tags(@Nullable Object value, String path, boolean required) {
		List<ValueTag> tags = new ArrayList<>();
		List<?> items = list(value, path, required);
		for (int i = 0; i < items.size(); i++) {
			String tag = String.valueOf(items.get(i));
			try {
				ValueTag known = ValueTag.valueOf(tag);
				if (!tags.contains(known)) {
					tags.add(known);
				}
			}
			catch (IllegalArgumentException ex) {
				problem(path + "[" + i + "]",
						"unknown value tag '" + tag + "': use one of " + Arrays.toString(ValueTag.values()));
			}
		}
		return tags;
	}

	private FourLists lists(@Nullable Object value, String path, boolean required) {
		if (value == null) {
			if (required) {
				problem(path, "missing the four lists: give data, models, tools and skills");
			}
			return new FourLists(List.of(), List.of(), List.of(), List.of());
		}
		if (!(value instanceof Map<?, ?> map)) {
			problem(path, "expected a mapping with data, models, tools and skills");
			return new FourLists(List.of(), List.of(), List.of(), List.of());
		}
		unknownKeys(path, map, LIST_KEYS);
		return new FourLists(texts(map.get("data"), path + ".data", required),
				texts(map.get("models"), path + ".models", required),
				texts(map.get("tools"), path + ".tools", required),
				texts(map.get("skills"), path + ".skills", required));
	}

	private List<RawLink> links(@Nullable Object value, String path, @Nullable String from) {
		List<RawLink> links = new ArrayList<>();
		List<?> items = list(value, path, false);
		for (int i = 0; i < items.size(); i++) {
			String at = path + "[" + i + "]";
			if (!(items.get(i) instanceof Map<?, ?> map)) {
				problem(at, "expected a mapping with to and kind");
				continue;
			}
			unknownKeys(at, map, LINK_KEYS);
			String to = string(map, at, "to", true);
			String kind = string(map, at, "kind", true);
			if (to == null || kind == null) {
				continue;
			}
			if (to.equals(from)) {
				problem(at + ".to", "a scenario cannot link to itself");
				continue;
			}
			try {
				links.add(new RawLink(at, to, LinkKind.valueOf(kind)));
			}
			catch (IllegalArgumentException ex) {
				problem(at + ".kind",
						"unknown link kind '" + kind + "': use one of " + Arrays.toString(LinkKind.values()));
			}
		}
		return links;
	}

	private List<Text> texts(@Nullable Object value, String path, boolean required) {
		List<Text> texts = new ArrayList<>();
		List<?> items = list(value, path, required);
		if (required && items.isEmpty() && value instanceof List<?>) {
			problem(path, "must not be empty");
		}
		for (int i = 0; i < items.size(); i++) {
			Text text = text(items.get(i), path + "[" + i + "]");
			if (text != null) {
				texts.add(text);
			}
		}
		return texts;
	}

	private List<?> list(@Nullable Object value, String path, boolean required) {
		if (value == null) {
			if (required) {
				problem(path, "missing: give a list");
			}
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			problem(path, "expected a list");
			return List.of();
		}
		return items;
	}

	private @Nullable Text text(Map<?, ?> map, String path, String key, boolean required) {
		Object value = map.get(key);
		String at = path.isEmpty() ? key : path + "." + key;
		if (value == null) {
			if (required) {
				problem(at, "missing: give {zh: …, en: …}");
			}
			return null;
		}
		return text(value, at);
	}

	private @Nullable Text text(Object value, String path) {
		if (!(value instanceof Map<?, ?> map)) {
			problem(path, "expected {zh: …, en: …}");
			return null;
		}
		unknownKeys(path, map, Set.of("zh", "en"));
		String zh = string(map, path, "zh", true);
		String en = string(map, path, "en", true);
		return (zh != null && en != null) ? new Text(zh, en) : null;
	}

	private @Nullable String string(Map<?, ?> map, String path, String key, boolean required) {
		Object value = map.get(key);
		String at = path.isEmpty() ? key : path + "." + key;
		if (value == null || (value instanceof String s && s.isBlank())) {
			if (required) {
				problem(at, "missing: give a value");
			}
			return null;
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			problem(at, "expected a single value");
			return null;
		}
		return String.valueOf(value).strip();
	}

	private void unknownKeys(String path, Map<?, ?> map, Set<String> known) {
		for (Object key : map.keySet()) {
			if (!known.contains(String.valueOf(key))) {
				String at = path.isEmpty() ? String.valueOf(key) : path + "." + key;
				problem(at, "unknown field: expected one of " + known.stream().sorted().toList());
			}
		}
	}

	private void problem(String path, String message) {
		this.problems.add(new AtlasProblem(this.file, path, message));
	}

}
