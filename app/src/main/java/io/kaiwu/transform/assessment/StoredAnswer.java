package io.kaiwu.transform.assessment;

import java.time.Instant;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.transform.scoring.Answer;
import org.jspecify.annotations.Nullable;

/**
 * The current answer to one question or scenario of a run.
 *
 * @param evidence the fact it was accepted from, {@literal null} when typed in.
 */
public record StoredAnswer(String code, Answer answer, AnswerSource source, @Nullable EvidenceFact evidence,
		String answeredBy, Instant answeredAt) {
}
