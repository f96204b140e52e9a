package io.kaiwu.maintenance.order;

/** Why a maintenance order exists. */
public enum OrderKind {

	/** Planned upkeep before anything fails (预防性维护), usually from a plan. */
	PREVENTIVE,
	/** Repair of a fault that happened (纠正性维修), often from an alarm. */
	CORRECTIVE,
	/** Work ahead of a predicted failure (预测性维护). */
	PREDICTIVE

}
