package io.kaiwu.transform.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.transform.scoring.ScoreCard.GradeResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models judged by level, scored on hand-worked cases: GB/T 39116 intelligent
 * manufacturing (20 sub-domains rated by fulfilment per level), DCMM (28 items at their
 * highest level) and the 两化融合 stage self-check.
 */
class LevelModelScoringTests {

	static final MaturityModel CMMM = ShippedModels.load("cmmm-2020.yaml");

	static final MaturityModel DCMM = ShippedModels.load("dcmm-2018.yaml");

	static final MaturityModel IIF = ShippedModels.load("iif-2013.yaml");

	/**
	 * CMMM answers: for each level rank, how many of the 20 sub-domains (the first n in
	 * the file's order) fully meet it (FULL), how many partly (PART); the rest NONE.
	 */
	static Map<String, Answer> cmmm(int[][] fullAndPartPerLevel) {
		List<String> codes = CMMM.items().map(MaturityModel.RubricItem::code).toList();
		Map<String, Answer> answers = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			Map<Integer, String> perLevel = new HashMap<>();
			for (int rank = 1; rank <= fullAndPartPerLevel.length; rank++) {
				int full = fullAndPartPerLevel[rank - 1][0];
				int part = fullAndPartPerLevel[rank - 1][1];
				perLevel.put(rank, (i < full) ? "FULL" : (i < full + part) ? "PART" : "NONE");
			}
			answers.put(codes.get(i), Answer.fulfilment(perLevel));
		}
		return answers;
	}

	@Test
	void cmmmLevelScoresAddUpToTheFirstLevelBelowThePassThreshold() {
		// L1 20 FULL = 1; L2 20 FULL = 1; L3 10 FULL + 10 PART = (10 + 5) / 20 = 0.75 <
		// 0.8,
		// so S = 1 + 1 + 0.75 = 2.75: 1.8 ≤ S < 2.8 is level 2 (规范级)
		ScoreCard card = Scoring.score(CMMM, cmmm(new int[][] { { 20, 0 }, { 20, 0 }, { 10, 10 } }));
		assertThat(card.levelScores()).extracting((s) -> s.doubleValue()).containsExactly(1.0, 1.0, 0.75, 0.0, 0.0);
		assertThat(card.index()).isEqualByComparingTo("2.75");
		GradeResult result = card.grades().get(0);
		assertThat(result.grade()).isEqualTo("CM2");
		assertThat(result.gap().grade()).isEqualTo("CM3");
		assertThat(result.gap().indexShort()).isEqualByComparingTo("0.05");
		// the items below level 3: the ten partly meeting it
		assertThat(result.gap().items()).hasSize(10).allSatisfy((r) -> assertThat(r.to()).isEqualTo(3));
	}

	@Test
	void cmmmExactly2Point8IsLevel3() {
		// L3 12 FULL + 8 PART = (12 + 4) / 20 = 0.8 passes; L4 nothing = 0 and stops:
		// S = 1 + 1 + 0.8 + 0 = 2.8, exactly the lower bound of level 3 (集成级)
		ScoreCard card = Scoring.score(CMMM, cmmm(new int[][] { { 20, 0 }, { 20, 0 }, { 12, 8 } }));
		assertThat(card.index()).isEqualByComparingTo("2.8");
		assertThat(card.grades().get(0).grade()).isEqualTo("CM3");
		// a sub-domain at L3 only partly met stands at level 2, a fully met one at 3
		assertThat(card.itemLevels().get("CM-01")).isEqualTo(3);
		assertThat(card.itemLevels().get("CM-20")).isEqualTo(2);
	}

	@Test
	void cmmmExactly0Point8IsLevel1AndJustUnderIsNoLevel() {
		// L1 16 FULL + 0 PART = 16 / 20 = 0.8: S = 0.8 + L2 0 = 0.8, level 1 (规划级)
		assertThat(Scoring.score(CMMM, cmmm(new int[][] { { 16, 0 } })).grades().get(0).grade()).isEqualTo("CM1");
		// L1 15 FULL + 1 PART = 15.5 / 20 = 0.775 < 0.8: S = 0.775, no level, 0.025 short
		ScoreCard under = Scoring.score(CMMM, cmmm(new int[][] { { 15, 1 } }));
		assertThat(under.index()).isEqualByComparingTo("0.775");
		assertThat(under.grades().get(0).grade()).isNull();
		assertThat(under.grades().get(0).gap().indexShort()).isEqualByComparingTo("0.025");
	}

	@Test
	void cmmmEverythingFullyMetIsLevel5() {
		// five levels at 1 each: S = 5 ≥ 4.8, level 5 (引领级)
		int[][] all = { { 20, 0 }, { 20, 0 }, { 20, 0 }, { 20, 0 }, { 20, 0 } };
		ScoreCard card = Scoring.score(CMMM, cmmm(all));
		assertThat(card.index()).isEqualByComparingTo("5");
		assertThat(card.grades().get(0).grade()).isEqualTo("CM5");
		assertThat(card.grades().get(0).gap()).isNull();
	}

	@Test
	void cmmmMostlyMetCountsAsPassingAtEdge() {
		// every sub-domain MOST (0.8) at L1–L4: each level 0.8 passes, L5 0: S = 3.2 +
		// 0 = 3.2, level 3
		Map<String, Answer> answers = new HashMap<>();
		CMMM.items()
			.forEach((i) -> answers.put(i.code(),
					Answer.fulfilment(Map.of(1, "MOST", 2, "MOST", 3, "MOST", 4, "MOST"))));
		ScoreCard card = Scoring.score(CMMM, answers);
		assertThat(card.index()).isEqualByComparingTo("3.2");
		assertThat(card.grades().get(0).grade()).isEqualTo("CM3");
	}

	static Map<String, Answer> dcmm(int strategyLevel, int otherLevel) {
		Map<String, Answer> answers = new HashMap<>();
		for (MaturityModel.RubricGroup group : DCMM.rubric().groups()) {
			int level = group.code().equals("A-STRATEGY") ? strategyLevel : otherLevel;
			group.items().forEach((i) -> answers.put(i.code(), Answer.level(level)));
		}
		return answers;
	}

	@Test
	void dcmmIndexIsTheMeanOfTheAreaMeansAndExactly3IsLevel3() {
		// every item at 3: each area mean 3, index 3 → level 3 (稳健级)
		ScoreCard card = Scoring.score(DCMM, dcmm(3, 3));
		assertThat(card.index()).isEqualByComparingTo("3");
		assertThat(card.grades().get(0).grade()).isEqualTo("DC3");
	}

	@Test
	void dcmmOneAreaALevelLowerDropsTheGradeAndTheGapNamesItsItems() {
		// 数据战略's 3 items at 2, the other 7 areas at 3: (2 + 7×3) / 8 = 23 / 8 = 2.875
		// → level 2, 0.125 short of 3; the three strategy items are to be raised to 3
		ScoreCard card = Scoring.score(DCMM, dcmm(2, 3));
		assertThat(card.index()).isEqualByComparingTo("2.875");
		GradeResult result = card.grades().get(0);
		assertThat(result.grade()).isEqualTo("DC2");
		assertThat(result.gap().indexShort()).isEqualByComparingTo("0.125");
		assertThat(result.gap().items()).extracting(ScoreCard.ItemRaise::code)
			.containsExactly("DC-01", "DC-02", "DC-03");
	}

	@Test
	void dcmmNothingAnsweredIsNoLevel() {
		GradeResult result = Scoring.score(DCMM, Map.of()).grades().get(0);
		assertThat(result.grade()).isNull();
		assertThat(result.gap().grade()).isEqualTo("DC1");
		assertThat(result.gap().indexShort()).isEqualByComparingTo("1");
	}

	static Map<String, Answer> iif(int design, int manufacturing, int management, int others) {
		return Map.of("II-01", Answer.level(design), "II-02", Answer.level(manufacturing), "II-03",
				Answer.level(management), "II-04", Answer.level(others), "II-05", Answer.level(others), "II-06",
				Answer.level(others));
	}

	@Test
	void theIntegrationStageAndTheManagementSystemGradeFollowTheKeyAreas() {
		// all three key areas (研发设计, 生产制造, 经营管理) at 集成提升 (3): stage 集成提升, AAA
		ScoreCard card = Scoring.score(IIF, iif(3, 3, 3, 1));
		assertThat(card.grades()).extracting(GradeResult::grade).containsExactly("S3", "AAA");
		// one key area at 单项覆盖 (2): stage needs all three at 3, so 单项覆盖 (3 areas at ≥2,
		// 2 of them key); AA needs 3 at ≥2 with 1 key
		ScoreCard lower = Scoring.score(IIF, iif(3, 3, 2, 0));
		assertThat(lower.grades()).extracting(GradeResult::grade).containsExactly("S2", "AA");
		assertThat(lower.grades().get(1).gap().items()).extracting(ScoreCard.ItemRaise::code).containsExactly("II-03");
		// only one area started: 起步建设 and A
		assertThat(Scoring.score(IIF, iif(1, 0, 0, 0)).grades()).extracting(GradeResult::grade)
			.containsExactly("S1", "A");
	}

}
