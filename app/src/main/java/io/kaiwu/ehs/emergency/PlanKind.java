package io.kaiwu.ehs.emergency;

/**
 * The three kinds of emergency plan of GB/T 29639-2020, each with how often it must be
 * drilled at least by 《生产安全事故应急预案管理办法》 (应急管理部令第2号, 2019) Art. 33: the comprehensive or a
 * special plan once a year, an on-site disposal plan every half year.
 */
public enum PlanKind {

	/** 综合应急预案: the unit's overall response. */
	COMPREHENSIVE(12),
	/** 专项应急预案: one kind of accident or one hazardous source. */
	SPECIAL(12),
	/** 现场处置方案: the first steps at one place or installation. */
	ON_SITE(6);

	private final int drillMonths;

	PlanKind(int drillMonths) {
		this.drillMonths = drillMonths;
	}

	/** At most this many months between two drills. */
	public int drillMonths() {
		return this.drillMonths;
	}

}
