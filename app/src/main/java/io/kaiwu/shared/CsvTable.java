package io.kaiwu.shared;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * A table exported as CSV (RFC 4180: comma separated, CRLF line ends, quoted text) in
 * UTF-8 with a byte-order mark, so that Excel and WPS open Chinese text right. Text that
 * starts like a formula ({@code = + - @}) is prefixed with an apostrophe, so a
 * spreadsheet never runs what a user typed. Empty cells stand for missing values, never
 * for zero.
 */
public final class CsvTable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final List<String> header;

	private final List<List<@Nullable Object>> rows = new ArrayList<>();

	private CsvTable(List<String> header) {
		this.header = List.copyOf(header);
	}

	/**
	 * A table with these column names.
	 * @param header the column names, in order
	 * @return the empty table
	 */
	public static CsvTable of(String... header) {
		return new CsvTable(Arrays.asList(header));
	}

	/**
	 * Adds one row.
	 * @param cells the values, one per column; {@literal null} for a missing value
	 * @return this table
	 */
	public CsvTable row(@Nullable Object... cells) {
		if (cells.length != this.header.size()) {
			throw new IllegalArgumentException(
					"a row of " + cells.length + " cells for " + this.header.size() + " columns " + this.header);
		}
		this.rows.add(Arrays.asList(cells));
		return this;
	}

	/** The table as CSV text, without the byte-order mark. */
	public String text() {
		StringBuilder out = new StringBuilder();
		out.append(line(new ArrayList<>(this.header)));
		for (List<@Nullable Object> row : this.rows) {
			out.append(line(row));
		}
		return out.toString();
	}

	/**
	 * Sends the table as a download.
	 * @param response the response to write
	 * @param fileName the file name offered, without {@code .csv}; anything but letters,
	 * digits, dot, dash and underscore becomes an underscore
	 * @throws IOException when the client went away
	 */
	public void writeTo(HttpServletResponse response, String fileName) throws IOException {
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv\"");
		Writer out = response.getWriter();
		out.write(BYTE_ORDER_MARK);
		out.write(text());
		out.flush();
	}

	/**
	 * One value as a CSV cell.
	 * @param value a number, a text, a time or anything with a useful {@code toString};
	 * {@literal null} for missing
	 * @return the cell, quoted when it is text
	 */
	public static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return String.valueOf(value);
		}
		String text = (value instanceof TemporalAccessor time && !(value instanceof Enum<?>)) ? iso(time)
				: String.valueOf(value);
		String safe = (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

	private static String iso(TemporalAccessor time) {
		try {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
		}
		catch (RuntimeException notAnOffsetTime) {
			return time.toString();
		}
	}

	private static String line(List<@Nullable Object> cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells.get(i)));
		}
		return line.append("\r\n").toString();
	}

}
