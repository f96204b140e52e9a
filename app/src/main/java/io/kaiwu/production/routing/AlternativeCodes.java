package io.kaiwu.production.routing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A step's alternative resources written as text, as the import and the routing editor
 * take them: codes separated by semicolons (or commas), each with an optional speed
 * factor after a star, preferred first: {@code CNC-01*1.2; CNC-02}.
 */
public final class AlternativeCodes {

	private static final Pattern ALTERNATIVE = Pattern
		.compile("([A-Za-z0-9._/-]+)\\s*(?:\\*\\s*([0-9]+(?:\\.[0-9]+)?))?");

	private AlternativeCodes() {
	}

	/**
	 * What a text says.
	 *
	 * @param alternatives the resources read, in order
	 * @param problems what could not be read: a bundle key and the part of the text
	 */
	public record Parsed(List<RoutingDraft.Alternative> alternatives, List<Problem> problems) {

		public Parsed {
			alternatives = List.copyOf(alternatives);
			problems = List.copyOf(problems);
		}

	}

	/**
	 * A part of the text that names no resource.
	 *
	 * @param messageKey why
	 * @param text the part
	 */
	public record Problem(String messageKey, String text) {
	}

	/**
	 * Reads a text.
	 * @param text the codes
	 * @param resources resource ids by upper-case code
	 */
	public static Parsed parse(String text, Map<String, UUID> resources) {
		List<RoutingDraft.Alternative> out = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		for (String part : text.split("[;；,，]")) {
			String trimmed = part.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			Matcher m = ALTERNATIVE.matcher(trimmed);
			if (!m.matches()) {
				problems.add(new Problem("production.import.resources-format", trimmed));
				continue;
			}
			UUID resource = resources.get(m.group(1).toUpperCase(Locale.ROOT));
			if (resource == null) {
				problems.add(new Problem("production.import.resource-unknown", m.group(1)));
				continue;
			}
			out.add(new RoutingDraft.Alternative(resource,
					(m.group(2) != null) ? new BigDecimal(m.group(2)) : BigDecimal.ONE));
		}
		return new Parsed(out, problems);
	}

	/** The text of a step's resources, speed factors of 1 left out. */
	public static String format(List<RoutingDetails.Alternative> alternatives) {
		return alternatives.stream()
			.map((a) -> (a.speedFactor().compareTo(BigDecimal.ONE) == 0) ? a.code()
					: a.code() + "*" + a.speedFactor().toPlainString())
			.collect(Collectors.joining("; "));
	}

}
