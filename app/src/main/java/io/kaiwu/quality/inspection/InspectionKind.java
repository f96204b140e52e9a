package io.kaiwu.quality.inspection;

/** Where in the flow of material an inspection happens. */
public enum InspectionKind {

	/** 来料检验: purchased material on arrival, per supplier lot. */
	RECEIVING,

	/** 过程检验: during production, per operation. */
	IN_PROCESS,

	/** 成品检验: finished goods before delivery. */
	FINAL

}
