package io.kaiwu.ehs.inspection;

/**
 * How serious a hidden danger is, as 《安全生产事故隐患排查治理暂行规定》 (原国家安监总局令第16号) divides them.
 */
public enum Severity {

	/** 一般隐患: little harm and easy to fix, rectified at once by the unit. */
	GENERAL,
	/** 重大隐患: hard to fix, may need a full or partial stop, or an outside cause. */
	MAJOR

}
