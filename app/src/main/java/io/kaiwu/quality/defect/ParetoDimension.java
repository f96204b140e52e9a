package io.kaiwu.quality.defect;

/** What defects are counted by in a Pareto analysis. */
public enum ParetoDimension {

	/** the defect code */
	CODE,
	/** the top category of the defect code */
	CATEGORY,
	/** the item */
	ITEM,
	/** the line */
	LINE,
	/** the shift */
	SHIFT,
	/** the supplier */
	SUPPLIER

}
