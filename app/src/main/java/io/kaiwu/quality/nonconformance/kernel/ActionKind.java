package io.kaiwu.quality.nonconformance.kernel;

/** What a CAPA action of an NCR is for. */
public enum ActionKind {

	/** 围堵措施: keeps nonconforming parts from going further (sort, hold, quarantine). */
	CONTAINMENT,

	/** 根本原因: a root cause found and what shows it. */
	ROOT_CAUSE,

	/** 纠正措施: removes the root cause. */
	CORRECTIVE,

	/** 预防措施: keeps it from happening again elsewhere. */
	PREVENTIVE

}
