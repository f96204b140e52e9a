package io.kaiwu.quality.inspection.record;

/** Where an inspection record stands. */
public enum RecordStatus {

	/** Subgroups are being taken; no verdict yet. */
	OPEN,

	/** The lot was accepted (合格 / 接收). */
	ACCEPTED,

	/** The lot was rejected (不合格 / 拒收). */
	REJECTED

}
