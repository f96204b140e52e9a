package io.kaiwu.production.shopfloor.kernel;

/**
 * What a shop-floor report (报工) says happened on a work order. Quantities may come with
 * {@link #OUTPUT}, {@link #PAUSE} and {@link #FINISH}: the units made since the previous
 * report.
 */
public enum ReportKind {

	/** 开工: work begins. */
	START,
	/** 报数: good and scrapped units made so far, the work goes on. */
	OUTPUT,
	/** 暂停: work stops for a reason (material missing, breakdown, …). */
	PAUSE,
	/** 恢复: work goes on after a pause. */
	RESUME,
	/** 完工: the work order is done. */
	FINISH;

	/** Whether a report of this kind may carry quantities. */
	public boolean carriesQuantities() {
		return this == OUTPUT || this == PAUSE || this == FINISH;
	}

}
