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

	/**
	 * The evidence key of a multiple-choice question about business areas with automatic
	 * data collection: every fact {@code collection.<area>} of value 1 proposes the
	 * option named by the area's first word ({@code collection.equipment-state} →
	 * {@code EQUIPMENT}).
	 */
	static final String COLLECTION = "collection.areas";

	private static final String AREA = "collection.";

	static List<EvidenceProposal> of(MaturityModel model, Map<String, EvidenceFact> facts) {
		List<EvidenceProposal> proposals = new ArrayList<>();
		model.questions().forEach((q) -> {
			if (COLLECTION.equals(q.evidence())) {
				collected(model, q, facts).ifPresent(proposals::add);
				return;
			}
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

	private static java.util.Optional<EvidenceProposal> collected(MaturityModel model, MaturityModel.Question q,
			Map<String, EvidenceFact> facts) {
		java.util.Set<String> options = new java.util.TreeSet<>();
		List<String> areas = new ArrayList<>();
		java.time.Instant observed = null;
		for (EvidenceFact fact : facts.values()) {
			if (!fact.key().startsWith(AREA) || fact.key().equals(COLLECTION) || fact.value() < 1) {
				continue;
			}
			String area = fact.key().substring(AREA.length());
			String option = area.split("-")[0].toUpperCase(java.util.Locale.ROOT);
			if (q.options().stream().anyMatch((o) -> o.code().equals(option))) {
				options.add(option);
				areas.add(fact.key());
				observed = (observed == null || fact.observedAt().isAfter(observed)) ? fact.observedAt() : observed;
			}
		}
		if (options.isEmpty() || observed == null) {
			return java.util.Optional.empty();
		}
		EvidenceFact summary = new EvidenceFact(COLLECTION, options.size(), null, "assessment.evidence.collection",
				List.of(String.join(", ", areas)), observed);
		Answer answer;
		try {
			answer = AnswerCheck.check(model, Map.of(q.code(), Answer.options(options.toArray(String[]::new))))
				.get(q.code());
		}
		catch (ModelRejected ex) {
			answer = null;
		}
		return java.util.Optional.of(new EvidenceProposal(q.code(), summary, answer));
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
