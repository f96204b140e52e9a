package io.kaiwu.production.resource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.kaiwu.shared.SheetRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of one row of an imported production sheet (BOM lines, routing steps)
 * and collects every problem with its column, so a report names all bad cells at once.
 */
public final class SheetCells {

	/** Dates as people type them into Excel, and as Excel shows a date cell. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT),
			DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT), DateTimeFormatter.ofPattern("M/d/uu", Locale.ROOT),
			DateTimeFormatter.ofPattern("uuuu.M.d", Locale.ROOT));

	private final SheetRow row;

	private final List<Problem> problems = new ArrayList<>();

	public SheetCells(SheetRow row) {
		this.row = row;
	}

	/**
	 * A bad cell or row, before it is put into the user's language.
	 *
	 * @param row the row number as the spreadsheet shows it
	 * @param column the column, empty when the whole row is wrong
	 * @param messageKey the bundle key of the reason
	 * @param args its arguments
	 */
	public record Problem(int row, String column, String messageKey, Object... args) {
	}

	public int number() {
		return this.row.number();
	}

	public List<Problem> problems() {
		return List.copyOf(this.problems);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

	public void problem(String column, String messageKey, Object... args) {
		this.problems.add(new Problem(this.row.number(), column, messageKey, args));
	}

	/** The trimmed text; a problem when empty. */
	public String required(String column) {
		String text = this.row.get(column);
		if (text.isEmpty()) {
			problem(column, "production.import.required");
		}
		return text;
	}

	public String optional(String column) {
		return this.row.get(column);
	}

	/** A decimal number, {@code fallback} when empty (a problem when that is null). */
	public @Nullable BigDecimal decimal(String column, @Nullable BigDecimal fallback) {
		String text = this.row.get(column).replace(",", "").replace("%", "").trim();
		if (text.isEmpty()) {
			if (fallback == null) {
				problem(column, "production.import.required");
			}
			return fallback;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			problem(column, "production.import.number", this.row.get(column));
			return null;
		}
	}

	/** A whole number; a problem when empty or not whole. */
	public @Nullable Integer whole(String column) {
		BigDecimal value = decimal(column, null);
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().intValueExact();
		}
		catch (ArithmeticException ex) {
			problem(column, "production.import.whole", this.row.get(column));
			return null;
		}
	}

	/** A day such as {@code 2026-01-01}; {@literal null} when empty and not required. */
	public @Nullable LocalDate date(String column, boolean required) {
		String text = this.row.get(column);
		if (text.isEmpty()) {
			if (required) {
				problem(column, "production.import.required");
			}
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing a date
			}
		}
		problem(column, "production.import.date", text);
		return null;
	}

}
