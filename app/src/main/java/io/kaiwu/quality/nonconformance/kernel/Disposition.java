package io.kaiwu.quality.nonconformance.kernel;

/** What is done with the nonconforming material (处置). */
public enum Disposition {

	/** 返工 */
	REWORK,

	/** 报废 */
	SCRAP,

	/** 让步接收: used as it is, by concession. */
	USE_AS_IS,

	/** 退货: returned to the supplier. */
	RETURN_TO_SUPPLIER

}
