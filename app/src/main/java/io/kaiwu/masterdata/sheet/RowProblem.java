package io.kaiwu.masterdata.sheet;

/**
 * A bad cell or row of an import, before it is put into the user's language.
 *
 * @param row the row number as the spreadsheet shows it.
 * @param column the canonical column name; empty when the whole row is wrong.
 * @param messageKey bundle key of the reason.
 * @param args arguments of the message.
 */
public record RowProblem(int row, String column, String messageKey, Object... args) {
}
