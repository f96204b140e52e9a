package io.kaiwu.production.planning;

/** Why a schedule was made. */
public enum ScheduleReason {

	/** A planner planned the released orders. */
	PLAN,
	/** 插单: a rush order was inserted into the active schedule with minimal disruption. */
	RUSH_ORDER,
	/** A machine went down and the active schedule was repaired around it. */
	DOWNTIME,
	/** Shop-floor feedback deviated from the plan and the schedule was repaired. */
	DEVIATION,
	/** A planner moved operations by hand and had the rest planned around them. */
	MANUAL

}
