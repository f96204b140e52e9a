package io.kaiwu.transform.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.transform.scoring.Answer;
import io.kaiwu.transform.scoring.AnswerCheck;
import io.kaiwu.transform.scoring.MaturityModel;
import io.kaiwu.transform.scoring.ModelRejected;
import org.jspecify.annotations.Nullable;

/**
 * Matches the platform's facts to a model's questions and scenarios by their evidence
 * key. A share (numerator of a denominator) answers a question derived from two numbers;
 * any other fact is shown as support for the respondent's own answer.
 */
final class Proposals {

	private Proposals() {
	}

	static List<EvidenceProposal> of(MaturityModel model, Map<String, EvidenceFact> facts) {
		List<EvidenceProposal> proposals = new ArrayList<>();
		model.questions().forEach((q) -> {
			EvidenceFact fact = (q.evidence() != null) ? facts.get(q.evidence()) : null;
			if (fact != null) {
				proposals.add(new EvidenceProposal(q.code(), fact, proposedAnswer(model, q, fact)));
			}
		});
		model.items().forEach((item) -> {
			EvidenceFact fact = (item.evidence() != null) ? facts.get(item.evidence()) : null;
			if (fact != null) {
				proposals.add(new EvidenceProposal(item.code(), fact, null));
			}
		});
		return proposals;
	}

	private static @Nullable Answer proposedAnswer(MaturityModel model, MaturityModel.Question q, EvidenceFact fact) {
		if (q.derivation() == null || fact.outOf() == null) {
			return null;
		}
		Answer answer = Answer.numbers(Map.of(q.derivation().numerator(), BigDecimal.valueOf(fact.value()),
				q.derivation().denominator(), BigDecimal.valueOf(fact.outOf())));
		try {
			return AnswerCheck.check(model, Map.of(q.code(), answer)).get(q.code());
		}
		catch (ModelRejected ex) {
			// a fact that does not fit (for example no devices registered) proposes
			// nothing
			return null;
		}
	}

}
