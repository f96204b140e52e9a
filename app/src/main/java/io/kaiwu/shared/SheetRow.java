package io.kaiwu.shared;

import java.util.Map;

/**
 * One data row of an imported sheet.
 *
 * @param number the row number as a spreadsheet shows it (the header is row 1).
 * @param cells the cell texts by canonical column name.
 */
public record SheetRow(int number, Map<String, String> cells) {

	public SheetRow {
		cells = Map.copyOf(cells);
	}

	/** The trimmed text of a cell; empty when the cell or the column is missing. */
	public String get(String column) {
		return this.cells.getOrDefault(column, "").trim();
	}

	public boolean isBlank() {
		return this.cells.values().stream().allMatch(String::isBlank);
	}

}
