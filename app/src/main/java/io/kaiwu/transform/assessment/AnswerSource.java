package io.kaiwu.transform.assessment;

/** How an answer came in. */
public enum AnswerSource {

	/** Typed in by a respondent (also when overriding a proposal). */
	MANUAL,
	/** A proposal from the platform's own data (平台数据佐证), accepted by a respondent. */
	EVIDENCE

}
