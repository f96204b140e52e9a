package io.kaiwu.ehs.emergency;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a plan is due for on a day: its review, and its next drill, counted from the last
 * drill or, before the first one, from the day the plan was entered. A review is due soon
 * within {@value #REVIEW_NOTICE_DAYS} days of its date and overdue after it; a drill is
 * overdue after the kind's interval has passed ({@link PlanKind#drillMonths()}).
 *
 * @param lastDrill the last drill's day; {@literal null} before the first.
 * @param drillDue the last day the next drill is in time.
 */
public record PlanDue(LocalDate reviewDue, boolean reviewSoon, boolean reviewOverdue, @Nullable LocalDate lastDrill,
		LocalDate drillDue, boolean drillOverdue) {

	/** How many days ahead a review is shown as due soon. */
	public static final int REVIEW_NOTICE_DAYS = 30;

	public static PlanDue of(PlanKind kind, LocalDate reviewDue, LocalDate entered, @Nullable LocalDate lastDrill,
			LocalDate today) {
		LocalDate drillDue = ((lastDrill != null) ? lastDrill : entered).plusMonths(kind.drillMonths());
		boolean reviewOverdue = today.isAfter(reviewDue);
		boolean reviewSoon = !reviewOverdue && !today.plusDays(REVIEW_NOTICE_DAYS).isBefore(reviewDue);
		return new PlanDue(reviewDue, reviewSoon, reviewOverdue, lastDrill, drillDue, today.isAfter(drillDue));
	}

}
