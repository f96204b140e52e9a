package io.kaiwu.transform.roadmap.kernel;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** Ranking scenarios into phases, worked by hand. */
class ScenarioRankingTests {

	// equipment monitoring: valuable, easy, a pain point
	static final Candidate OPS = new Candidate("OPS-01", "OPS", 0.8, 0.6, 0.5, true, Set.of(), false);

	// quality inspection builds on equipment data
	static final Candidate QUALITY = new Candidate("PM-04", "PM", 0.9, 0.4, 0.6, false, Set.of("OPS-01"), false);

	// energy: easy but worth less
	static final Candidate ENERGY = new Candidate("PM-05", "PM", 0.5, 0.8, 0.2, false, Set.of(), false);

	// supply-chain traceability builds on quality
	static final Candidate TRACE = new Candidate("SC-03", "SC", 0.7, 0.3, 0.4, false, Set.of("PM-04"), false);

	// scheduling, already running on live data
	static final Candidate APS = new Candidate("PM-03", "PM", 0.9, 0.9, 0.9, true, Set.of(), true);

	@Test
	void theScoreWeighsValueFeasibilityGapAndPainByApproach() {
		// 梯次: 0.30 × 0.8 + 0.35 × 0.6 + 0.15 × 0.5 + 0.20 = 0.725
		assertThat(ScenarioRanking.score(OPS, Approach.TIERED)).isCloseTo(0.725, within(1e-12));
		// 链式: 0.40 × 0.7 + 0.20 × 0.3 + 0.25 × 0.4 + 0 + 0.15 for a supply-chain scenario
		// = 0.59
		assertThat(ScenarioRanking.score(TRACE, Approach.CHAIN)).isCloseTo(0.59, within(1e-12));
		for (Approach approach : Approach.values()) {
			Approach.Weights w = approach.weights();
			assertThat(w.value() + w.feasibility() + w.gap() + w.painPoint()).as(approach.name())
				.isCloseTo(1.0, within(1e-12));
		}
	}

	@Test
	void aSmallEnterpriseTakesTwoAtATimeAndBuildsOnWhatCameBefore() {
		// 梯次 scores: OPS 0.725; PM-04 0.27 + 0.14 + 0.09 = 0.50; PM-05 0.15 + 0.28 + 0.03
		// = 0.46; SC-03 0.21 + 0.105 + 0.06 = 0.375
		List<RankedScenario> plan = ScenarioRanking.plan(List.of(TRACE, ENERGY, QUALITY, OPS, APS), Approach.TIERED);
		assertThat(plan).extracting(RankedScenario::code, RankedScenario::phase)
			.containsExactly(tuple("OPS-01", 1), tuple("PM-05", 1), tuple("PM-04", 2), tuple("SC-03", 3));
		assertThat(plan.get(2).after()).containsExactly("OPS-01");
		assertThat(plan).extracting(RankedScenario::code).doesNotContain("PM-03");
	}

	@Test
	void aPrerequisiteOutsideThePlanIsNamedNotHidden() {
		Candidate mbse = new Candidate("CL-01", "CL", 0.9, 0.2, 0.3, false, Set.of("RD-01", "PM-03"), false);
		Candidate platform = new Candidate("PM-03", "PM", 0.5, 0.5, 0.5, false, Set.of(), true);
		List<RankedScenario> plan = ScenarioRanking.plan(List.of(mbse, platform), Approach.WHOLE);
		assertThat(plan).hasSize(1);
		assertThat(plan.get(0).phase()).isEqualTo(1);
		assertThat(plan.get(0).unplannedPrerequisites()).containsExactly("RD-01");
	}

	@Test
	void scenariosThatWaitOnEachOtherAreStillPlannedAndSaySo() {
		Candidate a = new Candidate("A", "PM", 0.9, 0.9, 0.9, false, Set.of("B"), false);
		Candidate b = new Candidate("B", "PM", 0.1, 0.1, 0.1, false, Set.of("A"), false);
		List<RankedScenario> plan = ScenarioRanking.plan(List.of(a, b), Approach.WHOLE);
		assertThat(plan).extracting(RankedScenario::code, RankedScenario::phase)
			.containsExactly(tuple("A", 1), tuple("B", 2));
		assertThat(plan.get(0).unplannedPrerequisites()).containsExactly("B");
	}

	@Test
	void sharesOutsideZeroToOneAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Candidate("X", "PM", 1.2, 0.5, 0.5, false, Set.of(), false));
	}

}
