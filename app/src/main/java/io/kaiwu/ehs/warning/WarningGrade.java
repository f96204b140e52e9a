package io.kaiwu.ehs.warning;

/**
 * The four early-warning grades (预警等级), lowest first, in the colours of the 双重预防机制 and of
 * emergency warnings: 蓝 blue, 黄 yellow, 橙 orange, 红 red (red is the highest).
 */
public enum WarningGrade {

	BLUE, YELLOW, ORANGE, RED;

	/** Whether this grade is worse than the other. */
	public boolean worseThan(WarningGrade other) {
		return ordinal() > other.ordinal();
	}

}
