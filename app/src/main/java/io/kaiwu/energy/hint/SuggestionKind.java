package io.kaiwu.energy.hint;

/** What a suggestion asks for. */
public enum SuggestionKind {

	/** Move a flexible load's 尖峰 and 高峰 consumption to the valley (移峰填谷). */
	SHIFT_TO_VALLEY,

	/** Switch a machine off when it stands instead of letting it idle. */
	SWITCH_OFF_IDLE,

	/** Find and fix a compressed-air leak. */
	FIX_LEAK

}
