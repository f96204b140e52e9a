package io.kaiwu.masterdata.unit;

import java.util.Locale;

/** What a unit measures; conversions exist only between units of one dimension. */
public enum Dimension {

	/** 数量 (件、个、套) */
	COUNT,
	/** 质量 (kg, g, t) */
	MASS,
	/** 长度 (m, mm) */
	LENGTH,
	/** 面积 */
	AREA,
	/** 体积 */
	VOLUME,
	/** 时间 */
	TIME,
	/** 能量 (kWh) */
	ENERGY;

	public String messageKey() {
		return "masterdata.dimension." + name().toLowerCase(Locale.ROOT);
	}

}
