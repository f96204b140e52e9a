package io.kaiwu.shared;

import java.util.List;

/**
 * An imported sheet: the canonical names of the columns the header had, and the data rows
 * (blank rows left out).
 *
 * @param columns the recognised columns, in header order.
 * @param rows the data rows.
 */
public record Sheet(List<String> columns, List<SheetRow> rows) {

	public Sheet {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

}
