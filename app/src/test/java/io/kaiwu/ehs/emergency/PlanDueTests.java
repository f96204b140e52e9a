package io.kaiwu.ehs.emergency;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a plan is due for its drill (a comprehensive or special plan every 12 months, an
 * on-site plan every 6, 应急管理部令第2号 Art. 33) and for its review (due soon 30 days ahead,
 * overdue after the date), on hand-worked days.
 */
class PlanDueTests {

	static final LocalDate ENTERED = LocalDate.of(2025, 3, 1);

	static final LocalDate REVIEW = LocalDate.of(2027, 3, 1);

	@Test
	void aSpecialPlanIsDueForADrillTwelveMonthsAfterTheLastOne() {
		LocalDate last = LocalDate.of(2025, 11, 26);
		PlanDue onTheDay = PlanDue.of(PlanKind.SPECIAL, REVIEW, ENTERED, last, LocalDate.of(2026, 11, 26));
		assertThat(onTheDay.drillDue()).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(onTheDay.drillOverdue()).isFalse();
		assertThat(PlanDue.of(PlanKind.SPECIAL, REVIEW, ENTERED, last, LocalDate.of(2026, 11, 27)).drillOverdue())
			.isTrue();
		assertThat(PlanDue.of(PlanKind.COMPREHENSIVE, REVIEW, ENTERED, last, LocalDate.of(2026, 11, 27)).drillOverdue())
			.isTrue();
	}

	@Test
	void anOnSitePlanEverySixMonthsAndAPlanNeverDrilledCountsFromTheDayItWasEntered() {
		LocalDate last = LocalDate.of(2026, 5, 31);
		// 31 May + 6 months = 30 November (no 31st)
		PlanDue due = PlanDue.of(PlanKind.ON_SITE, REVIEW, ENTERED, last, LocalDate.of(2026, 11, 30));
		assertThat(due.drillDue()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(due.drillOverdue()).isFalse();
		assertThat(PlanDue.of(PlanKind.ON_SITE, REVIEW, ENTERED, last, LocalDate.of(2026, 12, 1)).drillOverdue())
			.isTrue();
		PlanDue never = PlanDue.of(PlanKind.ON_SITE, REVIEW, ENTERED, null, LocalDate.of(2025, 9, 2));
		assertThat(never.lastDrill()).isNull();
		assertThat(never.drillDue()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(never.drillOverdue()).isTrue();
	}

	@Test
	void aReviewIsDueSoonThirtyDaysAheadAndOverdueAfterItsDate() {
		assertThat(PlanDue.of(PlanKind.SPECIAL, REVIEW, ENTERED, null, LocalDate.of(2027, 1, 29)).reviewSoon())
			.isFalse();
		PlanDue soon = PlanDue.of(PlanKind.SPECIAL, REVIEW, ENTERED, null, LocalDate.of(2027, 1, 30));
		assertThat(soon.reviewSoon()).as("1 March is 30 days after 30 January 2027").isTrue();
		assertThat(soon.reviewOverdue()).isFalse();
		PlanDue onTheDay = PlanDue.of(PlanKind.SPECIAL, REVIEW, ENTERED, null, REVIEW);
		assertThat(onTheDay.reviewSoon()).isTrue();
		assertThat(onTheDay.reviewOverdue()).isFalse();
		PlanDue after = PlanDue.of(PlanKind.SPECIAL, REVIEW, ENTERED, null, REVIEW.plusDays(1));
		assertThat(after.reviewOverdue()).isTrue();
		assertThat(after.reviewSoon()).isFalse();
	}

}
