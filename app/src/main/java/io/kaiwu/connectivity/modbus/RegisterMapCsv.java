package io.kaiwu.connectivity.modbus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A register map as CSV lines, one mapping a line:
 * {@code deviceKey,point,unitId,table,address,dataType,order,scale,offset}, for example
 * {@code cnc-01,spindleSpeed,1,input_register,0,float32,ABCD,1,0}. The unit id may be
 * empty (the connection's default); order, scale and offset may be left off (ABCD, 1, 0).
 * Names are case-insensitive. Empty lines and lines starting with {@code #} are skipped.
 * A first line that starts with {@code deviceKey} is a heading.
 */
public final class RegisterMapCsv {

	private RegisterMapCsv() {
	}

	/**
	 * A line that could not be read.
	 *
	 * @param line the line number, from 1.
	 * @param column the column's name.
	 * @param value what it said.
	 */
	public record LineError(int line, String column, String value) {
	}

	/**
	 * The mappings and the errors of a text.
	 *
	 * @param mappings the lines that could be read, in order.
	 * @param lineNumbers the line number of each mapping.
	 * @param errors the lines that could not.
	 */
	public record Parsed(List<RegisterMapping> mappings, List<Integer> lineNumbers, List<LineError> errors) {
	}

	static final String[] COLUMNS = { "deviceKey", "point", "unitId", "table", "address", "dataType", "order", "scale",
			"offset" };

	public static Parsed parse(String text) {
		List<RegisterMapping> mappings = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		String[] lines = text.split("\\r?\\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")
					|| (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("devicekey"))) {
				continue;
			}
			String[] cells = line.split(",", -1);
			int n = i + 1;
			if (cells.length < 6 || cells.length > 9) {
				errors.add(new LineError(n, "columns", Integer.toString(cells.length)));
				continue;
			}
			int before = errors.size();
			String device = cells[0].strip();
			String point = cells[1].strip();
			Integer unit = cells[2].isBlank() ? null : integer(cells[2], n, "unitId", errors);
			RegisterTable table = named(RegisterTable.class, cells[3], n, "table", errors);
			Integer address = integer(cells[4], n, "address", errors);
			RegisterType type = named(RegisterType.class, cells[5], n, "dataType", errors);
			RegisterOrder order = (cells.length > 6 && !cells[6].isBlank())
					? named(RegisterOrder.class, cells[6], n, "order", errors) : RegisterOrder.ABCD;
			Double scale = (cells.length > 7 && !cells[7].isBlank()) ? decimal(cells[7], n, "scale", errors) : 1.0;
			Double offset = (cells.length > 8 && !cells[8].isBlank()) ? decimal(cells[8], n, "offset", errors) : 0.0;
			if (device.isEmpty()) {
				errors.add(new LineError(n, "deviceKey", device));
			}
			if (point.isEmpty()) {
				errors.add(new LineError(n, "point", point));
			}
			if (errors.size() == before && table != null && address != null && type != null && order != null
					&& scale != null && offset != null) {
				mappings.add(new RegisterMapping(device, point, unit, table, address, type, order, scale, offset));
				numbers.add(n);
			}
		}
		return new Parsed(mappings, numbers, errors);
	}

	/** The mappings as lines, every column written. */
	public static List<String> lines(List<RegisterMapping> mappings) {
		return mappings.stream().map(RegisterMapCsv::line).toList();
	}

	static String line(RegisterMapping m) {
		return String.join(",", m.deviceKey(), m.point(), (m.unitId() == null) ? "" : m.unitId().toString(),
				m.table().name().toLowerCase(Locale.ROOT), Integer.toString(m.address()),
				m.type().name().toLowerCase(Locale.ROOT), m.order().name(), number(m.scale()), number(m.offset()));
	}

	private static String number(double d) {
		return (d == Math.rint(d) && Math.abs(d) < 1e15) ? Long.toString((long) d) : Double.toString(d);
	}

	private static @Nullable Integer integer(String cell, int line, String column, List<LineError> errors) {
		try {
			return Integer.valueOf(cell.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new LineError(line, column, cell.strip()));
			return null;
		}
	}

	private static @Nullable Double decimal(String cell, int line, String column, List<LineError> errors) {
		try {
			double d = Double.parseDouble(cell.strip());
			if (Double.isFinite(d)) {
				return d;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new LineError(line, column, cell.strip()));
		return null;
	}

	private static <E extends Enum<E>> @Nullable E named(Class<E> type, String cell, int line, String column,
			List<LineError> errors) {
		try {
			return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.add(new LineError(line, column, cell.strip()));
			return null;
		}
	}

}
