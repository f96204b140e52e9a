package io.kaiwu.ehs.inspection;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inspection as entered: every item of the checklist answered once; an item answered
 * {@code FINDING} carries the finding.
 *
 * @param inspectedOn the day, {@code 2026-11-26}.
 * @param inspector who inspected; the signed-in user when left out.
 */
public record InspectionDraft(@Nullable UUID checklistId, @Nullable UUID hazardSourceId, @Nullable String inspectedOn,
		@Nullable String inspector, @Nullable List<AnswerDraft> answers) {

	/** One item's answer as entered. */
	public record AnswerDraft(@Nullable UUID itemId, @Nullable String outcome, @Nullable String note,
			@Nullable FindingDraft finding) {
	}

}
