package io.kaiwu.transform.atlas;

/**
 * The value a scenario's transformation brings (价值标签), as the guide names them: it turns
 * the digital language into the language of management.
 */
public enum ValueTag {

	/** 提质: better quality. */
	QUALITY,
	/** 降本: lower cost. */
	COST,
	/** 增效: higher efficiency. */
	EFFICIENCY,
	/** 节能: less energy. */
	ENERGY,
	/** 安全: safer production and supply. */
	SAFETY,
	/** 新模式: a new business model. */
	NEW_MODEL

}
