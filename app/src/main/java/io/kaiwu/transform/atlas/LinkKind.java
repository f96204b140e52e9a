package io.kaiwu.transform.atlas;

/**
 * The digital thread that joins two scenarios (场景数字化协同): data flows from one to the
 * other, they share a tool, or one's model is recognised by the other.
 */
public enum LinkKind {

	/** 数据链: data of one scenario feeds the other. */
	DATA,
	/** 工具链: the scenarios share or chain tools. */
	TOOL,
	/** 模型链: a model built in one is used in the other. */
	MODEL

}
