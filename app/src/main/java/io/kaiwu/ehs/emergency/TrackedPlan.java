package io.kaiwu.ehs.emergency;

/** A plan with what it is due for today, in its site's time zone. */
public record TrackedPlan(EmergencyPlan plan, PlanDue due) {
}
