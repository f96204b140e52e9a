package io.kaiwu.alarm.rule;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alarm message with placeholders, for example {@code "{device} {property} = {value}
 * {unit}"}. Known placeholders: {@code device}, {@code property}, {@code value},
 * {@code unit} and {@code limit}, and the identifier of every property the rule reads
 * ({@code {temperature}}: its newest value).
 *
 * @param text the template.
 */
public record MessageTemplate(String text) {

	public static final Set<String> PLACEHOLDERS = Set.of("device", "property", "value", "unit", "limit");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	private static final Pattern PROPERTY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");

	public MessageTemplate {
		if (text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("A message template has 1 to 500 characters");
		}
		String unknown = firstMatching(text,
				(name) -> !PLACEHOLDERS.contains(name) && !PROPERTY.matcher(name).matches());
		if (unknown != null) {
			throw new IllegalArgumentException("Unknown placeholder {" + unknown + "}");
		}
	}

	/**
	 * The first placeholder that is neither known nor one of these properties, or
	 * {@literal null}.
	 */
	public static @org.jspecify.annotations.Nullable String unknownPlaceholder(String text, Set<String> properties) {
		return firstMatching(text, (name) -> !PLACEHOLDERS.contains(name) && !properties.contains(name));
	}

	private static @org.jspecify.annotations.Nullable String firstMatching(String text,
			java.util.function.Predicate<String> test) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (test.test(matcher.group(1))) {
				return matcher.group(1);
			}
		}
		return null;
	}

	/** The text with the placeholders filled in; a missing value leaves an empty text. */
	public String fill(Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(this.text);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(filled, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
		}
		matcher.appendTail(filled);
		return filled.toString().strip();
	}

}
