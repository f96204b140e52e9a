package io.kaiwu.quality.inspection.plan;

/** How a characteristic is judged. */
public enum CharacteristicType {

	/** 计量型: a measured value against spec limits (X̄-R, X̄-s, I-MR charts). */
	VARIABLE,

	/** 计数型: units found nonconforming and defects counted (p, np, c, u charts). */
	ATTRIBUTE

}
