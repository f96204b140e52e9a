package io.kaiwu.device;

/** How serious an event of the thing model is. */
public enum EventLevel {

	/** 信息 */
	INFO,
	/** 告警 */
	WARN,
	/** 报警: needs someone to act. */
	ALERT

}
