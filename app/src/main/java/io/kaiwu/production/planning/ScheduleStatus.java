package io.kaiwu.production.planning;

/** Where a schedule stands. */
public enum ScheduleStatus {

	/** 草案: made, not approved; the shop floor does not see it. */
	DRAFT,
	/** 生效: the schedule dispatch lists follow; one per tenant. */
	ACTIVE,
	/** 已替代: was active, replaced by a newer one. */
	SUPERSEDED,
	/** 已放弃: a draft the planner threw away. */
	DISCARDED

}
