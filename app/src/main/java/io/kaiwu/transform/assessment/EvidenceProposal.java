package io.kaiwu.transform.assessment;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.transform.scoring.Answer;
import org.jspecify.annotations.Nullable;

/**
 * What the platform knows for one question or scenario of a run (平台数据佐证).
 *
 * @param fact the measured fact, with its provenance.
 * @param proposed the answer it gives, or {@literal null} when the fact only supports the
 * respondent's own answer (for example a flag for a scenario level).
 */
public record EvidenceProposal(String code, EvidenceFact fact, @Nullable Answer proposed) {
}
