package io.kaiwu.masterdata.sheet;

import java.util.List;

import io.kaiwu.shared.Sheet;

/**
 * The outcome of checking the rows of an import: the good rows, and every problem.
 *
 * @param good the rows that passed, in file order.
 * @param problems every bad cell or row, in file order.
 */
public record Checked<T>(List<T> good, List<RowProblem> problems) {

	public Checked {
		good = List.copyOf(good);
		problems = List.copyOf(problems);
	}

	/** Problems for required columns the header lacks, reported on row 1. */
	public static List<RowProblem> missingColumns(Sheet sheet, List<String> required) {
		return required.stream()
			.filter((column) -> !sheet.columns().contains(column))
			.map((column) -> new RowProblem(1, column, "problem.import.column-missing", column))
			.toList();
	}

}
