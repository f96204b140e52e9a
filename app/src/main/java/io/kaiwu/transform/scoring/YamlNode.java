package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A place in a parsed model file that knows its path and reports what is wrong there into
 * the shared problem list, so reading goes on after a problem and every problem is found.
 */
final class YamlNode {

	private final String file;

	private final String path;

	private final @Nullable Object value;

	private final List<ModelProblem> problems;

	YamlNode(String file, String path, @Nullable Object value, List<ModelProblem> problems) {
		this.file = file;
		this.path = path;
		this.value = value;
		this.problems = problems;
	}

	String path() {
		return this.path;
	}

	void problem(ModelProblem.Kind kind, Object... args) {
		this.problems.add(ModelProblem.of(this.file, this.path, kind, args));
	}

	void problemAt(String key, ModelProblem.Kind kind, Object... args) {
		this.problems.add(ModelProblem.of(this.file, child(key), kind, args));
	}

	private String child(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	private @Nullable Object raw(String key) {
		return (this.value instanceof Map<?, ?> map) ? map.get(key) : null;
	}

	boolean has(String key) {
		return raw(key) != null;
	}

	/** A required text; "" after reporting it missing. */
	String text(String key) {
		String text = optionalText(key);
		if (text == null) {
			problemAt(key, ModelProblem.Kind.MISSING, key);
			return "";
		}
		return text;
	}

	@Nullable String optionalText(String key) {
		Object raw = raw(key);
		if (raw == null) {
			return null;
		}
		if (raw instanceof Map || raw instanceof List) {
			problem(ModelProblem.Kind.WRONG_TYPE, key, "a text");
			return null;
		}
		String text = raw.toString().strip();
		return text.isEmpty() ? null : text;
	}

	String textOr(String key, String fallback) {
		String text = optionalText(key);
		return (text != null) ? text : fallback;
	}

	/** A required number; 0 after reporting it missing or not a number. */
	BigDecimal number(String key) {
		BigDecimal number = optionalNumber(key);
		if (number == null && !has(key)) {
			problemAt(key, ModelProblem.Kind.MISSING, key);
		}
		return (number != null) ? number : BigDecimal.ZERO;
	}

	@Nullable BigDecimal optionalNumber(String key) {
		Object raw = raw(key);
		if (raw == null) {
			return null;
		}
		if (raw instanceof Number) {
			return new BigDecimal(raw.toString());
		}
		problem(ModelProblem.Kind.WRONG_TYPE, key, "a number");
		return null;
	}

	int integer(String key, int fallback) {
		BigDecimal number = optionalNumber(key);
		if (number == null) {
			return fallback;
		}
		if (number.stripTrailingZeros().scale() > 0) {
			problem(ModelProblem.Kind.WRONG_TYPE, key, "a whole number");
			return fallback;
		}
		return number.intValue();
	}

	boolean flag(String key) {
		Object raw = raw(key);
		if (raw == null) {
			return false;
		}
		if (raw instanceof Boolean b) {
			return b;
		}
		problem(ModelProblem.Kind.WRONG_TYPE, key, "true or false");
		return false;
	}

	<E extends Enum<E>> @Nullable E choice(String key, Class<E> type) {
		String text = text(key);
		if (text.isEmpty()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text)) {
				return constant;
			}
		}
		problem(ModelProblem.Kind.UNKNOWN_VALUE, key, List.of(type.getEnumConstants()));
		return null;
	}

	@Nullable YamlNode optionalObject(String key) {
		Object raw = raw(key);
		if (raw == null) {
			return null;
		}
		if (!(raw instanceof Map)) {
			problem(ModelProblem.Kind.WRONG_TYPE, key, "a mapping");
			return null;
		}
		return new YamlNode(this.file, child(key), raw, this.problems);
	}

	/** The entries of a list, each with its path; empty (and reported) when missing. */
	List<YamlNode> list(String key, boolean required) {
		Object raw = raw(key);
		if (raw == null) {
			if (required) {
				problemAt(key, ModelProblem.Kind.MISSING, key);
			}
			return List.of();
		}
		if (!(raw instanceof List<?> entries)) {
			problem(ModelProblem.Kind.WRONG_TYPE, key, "a list");
			return List.of();
		}
		List<YamlNode> nodes = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			nodes.add(new YamlNode(this.file, child(key) + "[" + i + "]", entries.get(i), this.problems));
		}
		return nodes;
	}

	/** A list of plain texts. */
	List<String> texts(String key) {
		List<String> texts = new ArrayList<>();
		for (YamlNode entry : list(key, false)) {
			if (entry.value == null || entry.value instanceof Map || entry.value instanceof List) {
				entry.problem(ModelProblem.Kind.WRONG_TYPE, key, "a list of texts");
			}
			else {
				texts.add(entry.value.toString().strip());
			}
		}
		return texts;
	}

	/** The keys of this mapping, as texts. */
	List<String> keys() {
		return (this.value instanceof Map<?, ?> map) ? map.keySet().stream().map(String::valueOf).toList() : List.of();
	}

	/** The text under a level rank, written either as a number or as a text key. */
	@Nullable String rankText(int rank) {
		if (!(this.value instanceof Map<?, ?> map)) {
			return null;
		}
		Object raw = map.containsKey(rank) ? map.get(rank) : map.get(String.valueOf(rank));
		if (raw == null || raw instanceof Map || raw instanceof List) {
			return null;
		}
		String text = raw.toString().strip();
		return text.isEmpty() ? null : text;
	}

	boolean isMapping() {
		return this.value instanceof Map;
	}

}
