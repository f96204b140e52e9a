package io.kaiwu.masterdata.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.shared.SheetRow;

import org.jspecify.annotations.Nullable;

/**
 * Checks the cells of one imported row and collects every problem, so a report names all
 * bad cells of a row at once.
 */
public final class RowCheck {

	private final SheetRow row;

	private final List<RowProblem> problems = new ArrayList<>();

	public RowCheck(SheetRow row) {
		this.row = row;
	}

	public List<RowProblem> problems() {
		return List.copyOf(this.problems);
	}

	public boolean ok() {
		return this.problems.isEmpty();
	}

	public void problem(String column, String messageKey, Object... args) {
		this.problems.add(new RowProblem(this.row.number(), column, messageKey, args));
	}

	/** A cell that must be filled and not longer than {@code max}. */
	public String required(String column, int max) {
		String text = this.row.get(column);
		if (text.isEmpty()) {
			problem(column, "problem.import.required");
		}
		else if (text.length() > max) {
			problem(column, "problem.import.too-long", max);
		}
		return text;
	}

	/** A cell that may be empty and is not longer than {@code max}. */
	public String optional(String column, int max) {
		String text = this.row.get(column);
		if (text.length() > max) {
			problem(column, "problem.import.too-long", max);
		}
		return text;
	}

	/** A code: letters, digits and {@code . _ - /}. */
	public String code(String column, int max) {
		String text = required(column, max);
		if (!text.isEmpty() && text.length() <= max && !text.matches("[A-Za-z0-9._/-]+")) {
			problem(column, "problem.import.code-format");
		}
		return text;
	}

	/**
	 * One of a fixed set of values, given as the constant's name or one of its aliases
	 * (case-insensitive); empty gives {@code fallback}, or a problem when that is
	 * {@literal null}.
	 */
	public <E extends Enum<E>> @Nullable E choice(String column, Class<E> type, Map<String, E> aliases,
			@Nullable E fallback) {
		String text = this.row.get(column);
		if (text.isEmpty()) {
			if (fallback == null) {
				problem(column, "problem.import.required");
			}
			return fallback;
		}
		E value = aliases.get(text.toLowerCase(Locale.ROOT));
		if (value == null) {
			for (E constant : type.getEnumConstants()) {
				if (constant.name().equalsIgnoreCase(text)) {
					value = constant;
				}
			}
		}
		if (value == null) {
			problem(column, "problem.import.choice", text,
					String.join(", ", aliases.keySet().stream().sorted().toList()));
		}
		return value;
	}

	/** A yes/no cell: 是/否, yes/no, true/false, y/n, 1/0; empty is no. */
	public boolean flag(String column) {
		String text = this.row.get(column).toLowerCase(Locale.ROOT);
		return switch (text) {
			case "", "否", "no", "n", "false", "0" -> false;
			case "是", "yes", "y", "true", "1" -> true;
			default -> {
				problem(column, "problem.import.flag", this.row.get(column));
				yield false;
			}
		};
	}

	/**
	 * A whole number between {@code min} and {@code max}; empty gives {@literal null}.
	 */
	public @Nullable Integer number(String column, int min, int max) {
		String text = this.row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < min || value > max) {
				problem(column, "problem.import.range", min, max);
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			problem(column, "problem.import.range", min, max);
			return null;
		}
	}

}
