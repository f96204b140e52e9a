/**
 * Writing Excel ({@code .xlsx}) and CSV sheets for exports, and checking imported rows
 * cell by cell.
 */
@NullMarked
package io.kaiwu.masterdata.sheet;

import org.jspecify.annotations.NullMarked;
