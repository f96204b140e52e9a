package io.kaiwu.energy.hint;

/** Where a suggestion stands. */
public enum SuggestionState {

	/** Found and not acted on yet. */
	OPEN,

	/** Carried out. */
	DONE,

	/** Looked at and put aside. */
	DISMISSED

}
