package io.kaiwu.alarm.rule;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alarm message with placeholders, for example {@code "{device} {property} = {value}
 * {unit}"}. Known placeholders: {@code device}, {@code property}, {@code value},
 * {@code unit} and {@code limit}.
 *
 * @param text the template.
 */
public record MessageTemplate(String text) {

	public static final Set<String> PLACEHOLDERS = Set.of("device", "property", "value", "unit", "limit");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

	public MessageTemplate {
		if (text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("A message template has 1 to 500 characters");
		}
		String unknown = unknownPlaceholder(text);
		if (unknown != null) {
			throw new IllegalArgumentException("Unknown placeholder {" + unknown + "}");
		}
	}

	/** The first placeholder that is not known, or {@literal null}. */
	public static @org.jspecify.annotations.Nullable String unknownPlaceholder(String text) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			if (!PLACEHOLDERS.contains(matcher.group(1))) {
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
