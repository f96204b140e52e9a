package io.kaiwu.energy.tariff;

/**
 * The periods of a time-of-use tariff (发改价格〔2021〕1093号 names five; most provinces use the
 * first four).
 */
public enum TouPeriod {

	/** 尖峰: the critical peak, at least 20 % above the peak price. */
	SHARP_PEAK,

	/** 高峰 */
	PEAK,

	/** 平段 */
	FLAT,

	/** 低谷 */
	VALLEY,

	/** 深谷 */
	DEEP_VALLEY

}
