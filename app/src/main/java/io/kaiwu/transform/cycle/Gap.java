package io.kaiwu.transform.cycle;

import java.util.List;

/**
 * Something a cycle did not achieve, carried into the next one.
 *
 * @param kind where it comes from.
 * @param code the KPI or scenario code.
 * @param messageKey says what is missing, in the reader's language, with {@code args}.
 * @param args arguments of the message, already formatted.
 */
public record Gap(Kind kind, String code, String messageKey, List<String> args) {

	public Gap {
		args = List.copyOf(args);
	}

	/** Where a gap comes from. */
	public enum Kind {

		/** A KPI of the cycle's evaluation that did not improve or was not measured. */
		KPI,
		/** A scenario of the cycle's roadmap phase not yet live. */
		SCENARIO

	}

}
