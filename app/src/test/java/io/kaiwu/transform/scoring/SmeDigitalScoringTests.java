package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.transform.scoring.ScoreCard.GradeResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The SME digital level model (2024 and 2022), scored on hand-worked cases. The 2024
 * grade needs a base score (基础+管理+成效) and a count of scenarios at the level, with enough
 * constrained ones: 四级 ≥80 and 10 at L4 (6 constrained), 三级 ≥60 and 8 at ≥L3 (5), 二级 ≥40
 * and 6 at ≥L2 (3), 一级 ≥20 and 6 at ≥L1 (3). The 2022 grade is by score alone.
 */
class SmeDigitalScoringTests {

	static final MaturityModel SME_2024 = ShippedModels.load("sme-digital-2024.yaml");

	static final MaturityModel SME_2022 = ShippedModels.load("sme-digital-2022.yaml");

	/** In the file's order. */
	static final List<String> CONSTRAINED = List.of("S-PRODUCT-DESIGN", "S-MARKETING", "S-PRODUCTION-CONTROL",
			"S-QUALITY", "S-EQUIPMENT", "S-SAFETY", "S-ENERGY", "S-PURCHASING", "S-WAREHOUSE", "S-FINANCE");

	static final List<String> GUIDING = List.of("S-PROCESS-DESIGN", "S-AFTER-SALES", "S-PLANNING", "S-HR", "S-OFFICE",
			"S-DECISION");

	/**
	 * 数字化基础 in full: network 2+2+2+2 = 8, digitised E 6, networked E 6, data areas
	 * 13×0.7+0.9 = 10, systems E 10, network security 4×1.25 = 5, data security 5; 50.
	 */
	static Map<String, Answer> fullFoundation() {
		Map<String, Answer> answers = new HashMap<>();
		answers.put("Q-NETWORK", Answer.options("A", "B", "C", "D"));
		answers.put("Q-DEVICE-DIGITAL", Answer.options("E"));
		answers.put("Q-DEVICE-NETWORKED", Answer.options("E"));
		answers.put("Q-DATA-COLLECTION", Answer.options("DESIGN", "PROCESS", "MARKETING", "SERVICE", "PLANNING",
				"PRODUCTION", "QUALITY", "EQUIPMENT", "SAFETY", "ENERGY", "PURCHASING", "WAREHOUSE", "FINANCE", "HR"));
		answers.put("Q-SYSTEMS", Answer.options("E"));
		answers.put("Q-NETWORK-SECURITY", Answer.options("A", "B", "C", "D"));
		answers.put("Q-DATA-SECURITY", Answer.options("A", "B", "C", "D"));
		return answers;
	}

	/**
	 * 数字化管理 in full: planning F 7.5, rules 4×1.875 = 7.5, talent 5×1.5 = 7.5, funding E
	 * 7.5; 30.
	 */
	static Map<String, Answer> fullManagement() {
		return Map.of("Q-PLANNING", Answer.options("F"), "Q-MECHANISM", Answer.options("A", "B", "C", "D"), "Q-TALENT",
				Answer.options("A", "B", "C", "D", "E"), "Q-FUNDING", Answer.options("E"));
	}

	/**
	 * Scenario levels: the first {@code c} constrained and the first {@code g} guiding
	 * scenarios at {@code high}, all others at {@code low}.
	 */
	static Map<String, Answer> scenarios(int c, int g, int high, int low) {
		Map<String, Answer> answers = new HashMap<>();
		for (int i = 0; i < CONSTRAINED.size(); i++) {
			answers.put(CONSTRAINED.get(i), Answer.level((i < c) ? high : low));
		}
		for (int i = 0; i < GUIDING.size(); i++) {
			answers.put(GUIDING.get(i), Answer.level((i < g) ? high : low));
		}
		return answers;
	}

	@SafeVarargs
	static Map<String, Answer> all(Map<String, Answer>... parts) {
		Map<String, Answer> answers = new HashMap<>();
		for (Map<String, Answer> part : parts) {
			answers.putAll(part);
		}
		return answers;
	}

	static GradeResult grade(MaturityModel model, Map<String, Answer> answers) {
		return Scoring.score(model, answers).grades().get(0);
	}

	@Test
	void exactly80WithTenScenariosAtLevel4SixOfThemConstrainedIsLevel4() {
		// 50 + 30 = 80; 6 constrained + 4 guiding at L4 = 10 at L4, the rest at L3
		ScoreCard card = Scoring.score(SME_2024, all(fullFoundation(), fullManagement(), scenarios(6, 4, 4, 3)));
		assertThat(card.total()).isEqualByComparingTo("80");
		assertThat(card.dimensions()).extracting((d) -> d.points().doubleValue()).containsExactly(50.0, 30.0, 0.0);
		assertThat(card.grades().get(0).grade()).isEqualTo("L4");
		assertThat(card.grades().get(0).gap()).isNull();
	}

	@Test
	void oneConstrainedScenarioShortOfLevel4StaysAtLevel3AndTheGapNamesTheNextConstrainedScenario() {
		// 80 points; 5 constrained + 5 guiding at L4 = 10 at L4 but only 5 constrained of
		// 6
		GradeResult result = grade(SME_2024, all(fullFoundation(), fullManagement(), scenarios(5, 5, 4, 3)));
		assertThat(result.grade()).isEqualTo("L3");
		ScoreCard.Gap gap = result.gap();
		assertThat(gap.grade()).isEqualTo("L4");
		assertThat(gap.scoreShort()).isEqualByComparingTo("0");
		assertThat(gap.itemsShort()).isZero();
		assertThat(gap.constrainedShort()).isEqualTo(1);
		// the sixth constrained scenario in the file's order is 安全生产, at L3
		assertThat(gap.items()).singleElement().satisfies((raise) -> {
			assertThat(raise.code()).isEqualTo("S-SAFETY");
			assertThat(raise.from()).isEqualTo(3);
			assertThat(raise.to()).isEqualTo(4);
			assertThat(raise.constrained()).isTrue();
		});
	}

	@Test
	void justUnder80IsLevel3AndTheGapListsTheIndicatorsWithMostRoomFirst() {
		// funding D 5.625 instead of E 7.5: 50 + 28.125 = 78.125, 1.875 short of 80
		Map<String, Answer> answers = all(fullFoundation(), fullManagement(), scenarios(6, 4, 4, 3));
		answers.put("Q-FUNDING", Answer.options("D"));
		GradeResult result = grade(SME_2024, answers);
		assertThat(result.grade()).isEqualTo("L3");
		assertThat(result.gap().scoreShort()).isEqualByComparingTo("1.875");
		// room: energy 7, yield 7, market 3, value 3, funding 1.875 (equal rooms in file
		// order)
		assertThat(result.gap().indicators()).extracting(ScoreCard.IndicatorRaise::code)
			.containsExactly("IND-ENERGY", "IND-YIELD", "IND-MARKET", "IND-VALUE", "IND-FUNDING");
		assertThat(result.gap().indicators().get(4).room()).isEqualByComparingTo("1.875");
	}

	@Test
	void exactly60WithEightScenariosAtLevel3FiveConstrainedIsLevel3() {
		// 50 + energy fell 7 + revenue per head rose 3 = 60; 5 constrained + 3 guiding at
		// L3, the rest at L2
		Map<String, Answer> answers = all(fullFoundation(), scenarios(5, 3, 3, 2));
		answers.put("Q-ENERGY", Answer.options("DOWN"));
		answers.put("Q-REVENUE-PER-HEAD", Answer.options("UP"));
		ScoreCard card = Scoring.score(SME_2024, answers);
		assertThat(card.total()).isEqualByComparingTo("60");
		assertThat(card.grades().get(0).grade()).isEqualTo("L3");
		assertThat(card.grades().get(0).gap().grade()).isEqualTo("L4");
		// to L4: 20 points, and 10 at L4 of which 6 constrained: none is there yet
		assertThat(card.grades().get(0).gap().scoreShort()).isEqualByComparingTo("20");
		assertThat(card.grades().get(0).gap().itemsShort()).isEqualTo(10);
		assertThat(card.grades().get(0).gap().constrainedShort()).isEqualTo(6);
		assertThat(card.grades().get(0).gap().items()).hasSize(10)
			.filteredOn(ScoreCard.ItemRaise::constrained)
			.hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void exactly60ButOneConstrainedScenarioShortOfLevel3IsLevel2() {
		// 60 points; 4 constrained + 4 guiding at L3 = 8 at L3, but only 4 constrained of
		// 5
		Map<String, Answer> answers = all(fullFoundation(), scenarios(4, 4, 3, 2));
		answers.put("Q-ENERGY", Answer.options("DOWN"));
		answers.put("Q-REVENUE-PER-HEAD", Answer.options("UP"));
		GradeResult result = grade(SME_2024, answers);
		assertThat(result.grade()).isEqualTo("L2");
		assertThat(result.gap().constrainedShort()).isEqualTo(1);
		assertThat(result.gap().itemsShort()).isZero();
		assertThat(result.gap().items()).extracting(ScoreCard.ItemRaise::code).containsExactly("S-EQUIPMENT");
		assertThat(result.checks()).filteredOn((c) -> c.grade().equals("L3") && c.condition().equals("CONSTRAINED"))
			.singleElement()
			.satisfies((c) -> {
				assertThat(c.required()).isEqualByComparingTo("5");
				assertThat(c.actual()).isEqualByComparingTo("4");
				assertThat(c.met()).isFalse();
			});
	}

	@Test
	void aPointAndAHalfUnder60IsLevel2() {
		// revenue per head unchanged 1.5 instead of rose 3: 58.5
		Map<String, Answer> answers = all(fullFoundation(), scenarios(5, 3, 3, 2));
		answers.put("Q-ENERGY", Answer.options("DOWN"));
		answers.put("Q-REVENUE-PER-HEAD", Answer.options("SAME"));
		GradeResult result = grade(SME_2024, answers);
		assertThat(result.grade()).isEqualTo("L2");
		assertThat(result.gap().scoreShort()).isEqualByComparingTo("1.5");
		assertThat(result.gap().items()).isEmpty();
	}

	/** Systems E 10 + data areas 10 = 20. */
	static Map<String, Answer> twenty() {
		Map<String, Answer> answers = new HashMap<>(fullFoundation());
		answers.keySet().retainAll(List.of("Q-SYSTEMS", "Q-DATA-COLLECTION"));
		return answers;
	}

	@Test
	void exactly40WithAllScenariosAtLevel2IsLevel2AndJustUnderIsLevel1() {
		// 20 + network 8 + digitised 6 + networked 6 = 40
		Map<String, Answer> answers = all(twenty(), scenarios(0, 0, 2, 2));
		answers.put("Q-NETWORK", Answer.options("A", "B", "C", "D"));
		answers.put("Q-DEVICE-DIGITAL", Answer.options("E"));
		answers.put("Q-DEVICE-NETWORKED", Answer.options("E"));
		assertThat(Scoring.score(SME_2024, answers).total()).isEqualByComparingTo("40");
		assertThat(grade(SME_2024, answers).grade()).isEqualTo("L2");
		// one data area less (财务管理 0.7): 39.3
		answers.put("Q-DATA-COLLECTION", Answer.options("DESIGN", "PROCESS", "MARKETING", "SERVICE", "PLANNING",
				"PRODUCTION", "QUALITY", "EQUIPMENT", "SAFETY", "ENERGY", "PURCHASING", "WAREHOUSE", "HR"));
		GradeResult under = grade(SME_2024, answers);
		assertThat(under.grade()).isEqualTo("L1");
		assertThat(under.gap().scoreShort()).isEqualByComparingTo("0.7");
	}

	@Test
	void exactly20WithSixScenariosAtLevel1ThreeConstrainedIsLevel1AndOneConstrainedShortIsNoGrade() {
		// 20 points; 3 constrained + 3 guiding at L1, the rest at 0
		assertThat(grade(SME_2024, all(twenty(), scenarios(3, 3, 1, 0))).grade()).isEqualTo("L1");
		// 2 constrained + 4 guiding at L1: six scenarios but only 2 constrained of 3
		GradeResult none = grade(SME_2024, all(twenty(), scenarios(2, 4, 1, 0)));
		assertThat(none.grade()).isNull();
		assertThat(none.gap().grade()).isEqualTo("L1");
		assertThat(none.gap().constrainedShort()).isEqualTo(1);
		assertThat(none.gap().items()).extracting(ScoreCard.ItemRaise::code).containsExactly("S-PRODUCTION-CONTROL");
	}

	@Test
	void underTwentyIsNoGradeWithThePointsMissing() {
		// 20 without 人力资源 0.9: 19.1
		Map<String, Answer> answers = all(twenty(), scenarios(10, 6, 4, 4));
		answers.put("Q-DATA-COLLECTION", Answer.options("DESIGN", "PROCESS", "MARKETING", "SERVICE", "PLANNING",
				"PRODUCTION", "QUALITY", "EQUIPMENT", "SAFETY", "ENERGY", "PURCHASING", "WAREHOUSE", "FINANCE"));
		GradeResult result = grade(SME_2024, answers);
		assertThat(result.grade()).isNull();
		assertThat(result.gap().scoreShort()).isEqualByComparingTo("0.9");
	}

	@Test
	void theNetworkingRateIsBandedFromTheTwoCountsWithTheUpperBoundInclusive() {
		// 60 of 100 = 60% → (40,60] D 4.5; 61 of 100 → (60,100] E 6; 10 of 100 → [0,10] A
		// 0; 11 of 100 → (10,20] B 1.5; 0 of 7 → A 0
		assertThat(networked(60, 100)).isEqualByComparingTo("4.5");
		assertThat(networked(61, 100)).isEqualByComparingTo("6");
		assertThat(networked(10, 100)).isEqualByComparingTo("0");
		assertThat(networked(11, 100)).isEqualByComparingTo("1.5");
		assertThat(networked(0, 7)).isEqualByComparingTo("0");
		assertThat(networked(7, 7)).isEqualByComparingTo("6");
	}

	private static BigDecimal networked(int networked, int total) {
		return Scoring
			.score(SME_2024,
					Map.of("Q-DEVICE-NETWORKED", Answer.numbers(
							Map.of("networked", BigDecimal.valueOf(networked), "total", BigDecimal.valueOf(total)))))
			.questionPoints()
			.get("Q-DEVICE-NETWORKED");
	}

	@Test
	void answersOutOfRangeOrForNoQuestionOfTheModelAreAllRejectedWithTheQuestionsPath() {
		Map<String, Answer> answers = new HashMap<>();
		answers.put("Q-NOPE", Answer.options("A"));
		answers.put("Q-SYSTEMS", Answer.options("Z"));
		answers.put("Q-NETWORK", Answer.options("NONE", "A"));
		answers.put("Q-ENERGY", Answer.options("UP", "DOWN"));
		answers.put("S-QUALITY", Answer.level(5));
		answers.put("Q-DEVICE-NETWORKED",
				Answer.numbers(Map.of("networked", BigDecimal.valueOf(12), "total", BigDecimal.valueOf(10))));
		answers.put("Q-FUNDING", Answer.numbers(Map.of("investment", BigDecimal.ONE, "revenue", BigDecimal.ZERO)));
		ModelRejected rejected = catchThrowableOfType(ModelRejected.class, () -> Scoring.score(SME_2024, answers));
		assertThat(rejected.problems()).extracting(ModelProblem::toString)
			.containsExactlyInAnyOrder(
					"sme-digital 2024: answers.Q-NOPE: Q-NOPE is not a question or item of this model",
					"sme-digital 2024: dimensions[0].subDimensions[2].indicators[0].questions[0] (Q-SYSTEMS): Z is not an option of this question (it has [A, B, C, D, E])",
					"sme-digital 2024: dimensions[0].subDimensions[0].indicators[0].questions[0] (Q-NETWORK): option NONE cannot be picked together with others",
					"sme-digital 2024: dimensions[2].subDimensions[0].indicators[0].questions[0] (Q-ENERGY): a single-choice question takes exactly one option, not 2",
					"sme-digital 2024: rubric.groups[1].items[2] (S-QUALITY): level 5 is outside 0 to 4",
					"sme-digital 2024: dimensions[0].subDimensions[0].indicators[2].questions[0] (Q-DEVICE-NETWORKED): networked / total is more than 100%",
					"sme-digital 2024: dimensions[1].subDimensions[1].indicators[1].questions[0] (Q-FUNDING): revenue must be greater than 0");
	}

	@Test
	void theRadarHasOneAxisPerDimensionAndScenarioGroupInPercent() {
		// 基础 50/50 = 100 %, 管理 30/30, 成效 0/20; groups at mean level 3 of 4 = 75 %
		ScoreCard card = Scoring.score(SME_2024, all(fullFoundation(), fullManagement(), scenarios(0, 0, 3, 3)));
		assertThat(card.radar()).extracting((a) -> a.percent().doubleValue())
			.containsExactly(100.0, 100.0, 0.0, 75.0, 75.0, 75.0, 75.0);
		assertThat(card.radar()).extracting(ScoreCard.RadarAxis::code)
			.containsExactly("BASE", "MGMT", "RESULT", "G-LIFECYCLE", "G-PRODUCTION", "G-SUPPLY", "G-DECISION");
	}

	@Test
	void the2022BandsGradeByScoreAloneAtEveryEdge() {
		// no scenario answered at all: the 2022 bands do not look at them
		Map<String, Answer> sixty = new HashMap<>(fullFoundation());
		sixty.put("Q-ENERGY", Answer.options("DOWN"));
		sixty.put("Q-REVENUE-PER-HEAD", Answer.options("UP"));
		assertThat(grade(SME_2022, sixty).grade()).isEqualTo("L3");
		sixty.put("Q-REVENUE-PER-HEAD", Answer.options("SAME"));
		assertThat(grade(SME_2022, sixty).grade()).isEqualTo("L2");
		assertThat(grade(SME_2022, all(fullFoundation(), fullManagement())).grade()).isEqualTo("L4");
		assertThat(grade(SME_2022, twenty()).grade()).isEqualTo("L1");
		Map<String, Answer> forty = all(twenty(), Map.of("Q-NETWORK", Answer.options("A", "B", "C", "D"),
				"Q-DEVICE-DIGITAL", Answer.options("E"), "Q-DEVICE-NETWORKED", Answer.options("E")));
		assertThat(grade(SME_2022, forty).grade()).isEqualTo("L2");
		Map<String, Answer> under = twenty();
		under.put("Q-SYSTEMS", Answer.options("D"));
		// 7.5 + 10 = 17.5
		GradeResult none = grade(SME_2022, under);
		assertThat(none.grade()).isNull();
		assertThat(none.gap().scoreShort()).isEqualByComparingTo("2.5");
	}

}
