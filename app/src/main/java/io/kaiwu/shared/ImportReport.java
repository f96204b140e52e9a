package io.kaiwu.shared;

import java.util.List;

/**
 * What an Excel or CSV import did: every bad row with its reason, and whether anything
 * was written. A file with errors imports nothing unless the user asked for the good rows
 * only.
 *
 * @param rows data rows read (header excluded).
 * @param imported rows written.
 * @param errors every bad row, with the column and the reason.
 */
public record ImportReport(int rows, int imported, List<RowError> errors) {

	public ImportReport {
		errors = List.copyOf(errors);
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/**
	 * One bad cell or row.
	 *
	 * @param row the row number as a spreadsheet shows it (the header is row 1).
	 * @param column the column name, or empty when the whole row is wrong.
	 * @param message the reason, already in the user's language.
	 */
	public record RowError(int row, String column, String message) {
	}

}
