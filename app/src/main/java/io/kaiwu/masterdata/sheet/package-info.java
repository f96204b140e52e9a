/**
 * Reading and writing Excel ({@code .xlsx}) and CSV sheets for imports and exports, and
 * checking imported rows cell by cell.
 */
@NullMarked
package io.kaiwu.masterdata.sheet;

import org.jspecify.annotations.NullMarked;
