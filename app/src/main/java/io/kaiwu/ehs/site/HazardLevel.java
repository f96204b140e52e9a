package io.kaiwu.ehs.site;

/**
 * The grade of a major hazardous source (重大危险源分级) by GB 18218-2018 §4.3 from its index R
 * = α Σ βq/Q: 一级 R ≥ 100, 二级 100 > R ≥ 50, 三级 50 > R ≥ 10, 四级 R &lt; 10.
 */
public enum HazardLevel {

	/** 一级, the most dangerous. */
	ONE,
	/** 二级. */
	TWO,
	/** 三级. */
	THREE,
	/** 四级. */
	FOUR

}
