package io.kaiwu.production.mrp.kernel;

/** How an item is got. */
public enum Procurement {

	/** 自制: made in the plant; MRP plans production orders and explodes its BOM. */
	MAKE,
	/** 外购: bought; MRP plans purchase requisitions. */
	BUY

}
