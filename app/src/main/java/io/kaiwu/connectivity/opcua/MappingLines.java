package io.kaiwu.connectivity.opcua;

import java.util.ArrayList;
import java.util.List;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;

/**
 * Mappings written as text, one per line: {@code nodeId,deviceKey,property,samplingMs}
 * (the sampling interval may be left out: 1000 ms). Empty lines and lines starting with
 * {@code #} are skipped. A node id that itself holds a comma is not supported here (use
 * the API).
 */
public final class MappingLines {

	private MappingLines() {
	}

	/**
	 * The parsed lines.
	 *
	 * @param mappings the mappings read.
	 * @param lineNumbers the 1-based line of each mapping.
	 * @param errors line numbers (1-based) of lines that are not four (or three) fields.
	 */
	public record Parsed(List<OpcUaConnectionDefinition.Mapping> mappings, List<Integer> lineNumbers,
			List<Integer> errors) {
	}

	public static Parsed parse(String text) {
		List<OpcUaConnectionDefinition.Mapping> mappings = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		List<Integer> errors = new ArrayList<>();
		String[] all = text.split("\\R", -1);
		for (int i = 0; i < all.length; i++) {
			String line = all[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split(",", -1);
			if (parts.length < 3 || parts.length > 4) {
				errors.add(i + 1);
				continue;
			}
			int sampling = 1000;
			if (parts.length == 4 && !parts[3].isBlank()) {
				try {
					sampling = Integer.parseInt(parts[3].strip());
				}
				catch (NumberFormatException ex) {
					errors.add(i + 1);
					continue;
				}
			}
			mappings.add(new OpcUaConnectionDefinition.Mapping(parts[0].strip(), parts[1].strip(), parts[2].strip(),
					sampling));
			lines.add(i + 1);
		}
		return new Parsed(mappings, lines, errors);
	}

	public static String format(List<OpcUaConnectionDefinition.Mapping> mappings) {
		StringBuilder text = new StringBuilder();
		for (OpcUaConnectionDefinition.Mapping m : mappings) {
			text.append(m.nodeId())
				.append(',')
				.append(m.deviceKey())
				.append(',')
				.append(m.property())
				.append(',')
				.append(m.samplingMs())
				.append('\n');
		}
		return text.toString();
	}

}
