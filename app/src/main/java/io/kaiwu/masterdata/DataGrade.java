package io.kaiwu.masterdata;

import java.util.Locale;

/**
 * The grade of the data classification catalogue (数据分类分级). Exports leave out rows graded
 * {@link #CORE} unless the caller is a tenant admin.
 */
public enum DataGrade {

	/** 一般数据 */
	GENERAL,
	/** 重要数据 */
	IMPORTANT,
	/** 核心数据 */
	CORE;

	public String messageKey() {
		return "masterdata.grade." + name().toLowerCase(Locale.ROOT);
	}

}
