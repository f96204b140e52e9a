package io.kaiwu.transform.scoring;

import java.math.BigDecimal;
import java.util.List;

import io.kaiwu.transform.scoring.MaturityModel.RubricItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Model files: the shipped ones load with the structure the official texts give, and a
 * bad file is refused with every problem listed, each with the file and its path.
 */
class ModelReaderTests {

	@Test
	void theSme2024ModelHas15ScoredQuestionsWorth50Plus30Plus20And16ScenariosOf4Levels() {
		MaturityModel model = ShippedModels.load("sme-digital-2024.yaml");
		assertThat(model.questions()).hasSize(15);
		assertThat(model.dimensions()).extracting((d) -> d.maxPoints().intValue()).containsExactly(50, 30, 20);
		assertThat(model.totalPoints()).isEqualByComparingTo("100");
		assertThat(model.items()).hasSize(16).allSatisfy((i) -> assertThat(i.descriptors()).hasSize(4));
		assertThat(model.items().filter(RubricItem::constrained)).hasSize(10);
		assertThat(model.rubric().groups()).extracting((g) -> g.items().size()).containsExactly(4, 6, 2, 4);
		assertThat(model.gradeTables().get(0).grades()).extracting(MaturityModel.Grade::minScore)
			.containsExactly(new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("40"), new BigDecimal("20"));
		assertThat(model.unverified()).extracting(MaturityModel.Unverified::path).contains("gradeTables[0]");
		assertThat(model.question("Q-DEVICE-NETWORKED").orElseThrow().evidence()).isEqualTo("device.networking-rate");
	}

	@Test
	void theSme2022VersionHasScoreOnlyGradeBands() {
		MaturityModel model = ShippedModels.load("sme-digital-2022.yaml");
		assertThat(model.code()).isEqualTo("sme-digital");
		assertThat(model.version()).isEqualTo("2022");
		assertThat(model.gradeTables().get(0).grades()).allSatisfy((g) -> {
			assertThat(g.itemsAtLevel()).isNull();
			assertThat(g.minScore()).isNotNull();
		});
	}

	@Test
	void intelligentManufacturingHas4Elements20SubDomainsAnd5Levels() {
		MaturityModel model = ShippedModels.load("cmmm-2020.yaml");
		assertThat(model.rubric().groups()).extracting(MaturityModel.RubricGroup::name)
			.containsExactly("人员", "技术", "资源", "制造");
		assertThat(model.items()).hasSize(20).allSatisfy((i) -> assertThat(i.descriptors()).hasSize(5));
		assertThat(model.levels()).extracting(MaturityModel.Level::name)
			.containsExactly("规划级", "规范级", "集成级", "优化级", "引领级");
		assertThat(model.rubric().method()).isEqualTo(MaturityModel.RubricMethod.FULFILMENT);
		assertThat(model.unverified()).extracting(MaturityModel.Unverified::path)
			.contains("rubric.fulfilment", "gradeTables[0]");
	}

	@Test
	void dcmmHas8AreasAnd28ItemsAt5Levels() {
		MaturityModel model = ShippedModels.load("dcmm-2018.yaml");
		assertThat(model.rubric().groups()).hasSize(8);
		assertThat(model.rubric().groups()).extracting((g) -> g.items().size()).containsExactly(3, 3, 4, 3, 3, 4, 4, 4);
		assertThat(model.items()).hasSize(28).allSatisfy((i) -> assertThat(i.descriptors()).hasSize(5));
	}

	@Test
	void theIntegrationSelfCheckHasFourStagesAndTheManagementSystemGrades() {
		MaturityModel model = ShippedModels.load("iif-2013.yaml");
		assertThat(model.levels()).extracting(MaturityModel.Level::name)
			.containsExactly("起步建设", "单项覆盖", "集成提升", "创新突破");
		assertThat(model.gradeTables()).extracting(MaturityModel.GradeTable::code).containsExactly("stage", "system");
		assertThat(model.gradeTables().get(1).grades()).extracting(MaturityModel.Grade::code)
			.containsExactly("AAA", "AA", "A");
	}

	private static final String GOOD = """
			code: tiny
			version: "1"
			name: 小模型
			source: test
			levels:
			  - {rank: 1, name: 一级}
			  - {rank: 2, name: 二级}
			totalPoints: 10
			dimensions:
			  - code: D1
			    name: 维度
			    maxPoints: 10
			    subDimensions:
			      - code: S1
			        name: 子维度
			        maxPoints: 10
			        indicators:
			          - code: I1
			            name: 指标
			            maxPoints: 10
			            questions:
			              - code: Q1
			                text: 题目
			                type: MULTIPLE
			                maxPoints: 10
			                options:
			                  - {code: NONE, text: 无, points: 0, exclusive: true}
			                  - {code: A, text: 甲, points: 5}
			                  - {code: B, text: 乙, points: 5}
			rubric:
			  name: 场景
			  method: HIGHEST_LEVEL
			  groups:
			    - code: G1
			      name: 组
			      items:
			        - code: X1
			          name: 场景一
			          constrained: true
			          levels: {1: 甲, 2: 乙}
			        - code: X2
			          name: 场景二
			          levels: {1: 甲, 2: 乙}
			gradeTables:
			  - code: grade
			    name: 等级
			    grades:
			      - code: G2
			        name: 二级
			        minScore: 8
			        itemsAtLevel: {level: 2, count: 2, constrained: 1}
			      - code: G1
			        name: 一级
			        minScore: 4
			""";

	@Test
	void aSmallGoodFileLoads() {
		MaturityModel model = ModelReader.read("tiny.yaml", GOOD);
		assertThat(model.questions()).hasSize(1);
		assertThat(model.items()).hasSize(2);
	}

	@Test
	void aMissingLevelIsRefusedNamingTheItemAndTheLevel() {
		String bad = GOOD.replace("name: 场景二\n          levels: {1: 甲, 2: 乙}", "name: 场景二\n          levels: {1: 甲}");
		assertThat(problems(bad)).containsExactly("tiny.yaml: rubric.groups[0].items[1].levels: level 2 is missing");
	}

	@Test
	void aMissingModelLevelIsRefused() {
		String bad = GOOD.replace("  - {rank: 2, name: 二级}", "  - {rank: 3, name: 三级}");
		assertThat(problems(bad)).contains("tiny.yaml: levels: level 2 is missing");
	}

	@Test
	void pointsThatDoNotAddUpToTheDeclaredMaximumAreRefusedAtEveryLevel() {
		String bad = GOOD.replace("{code: B, text: 乙, points: 5}", "{code: B, text: 乙, points: 4}");
		assertThat(problems(bad)).containsExactly(
				"tiny.yaml: dimensions[0].subDimensions[0].indicators[0].questions[0].options: the parts add up to 9, but the declared maximum is 10");
		String badIndicator = GOOD.replace("            maxPoints: 10\n            questions:",
				"            maxPoints: 12\n            questions:");
		assertThat(problems(badIndicator)).containsExactly(
				"tiny.yaml: dimensions[0].subDimensions[0].indicators[0].maxPoints: the parts add up to 10, but the declared maximum is 12",
				"tiny.yaml: dimensions[0].subDimensions[0].maxPoints: the parts add up to 12, but the declared maximum is 10");
	}

	@Test
	void optionPointsAboveTheQuestionsMaximumAreNamed() {
		String bad = GOOD.replace("{code: A, text: 甲, points: 5}", "{code: A, text: 甲, points: 11}");
		assertThat(problems(bad)).contains(
				"tiny.yaml: dimensions[0].subDimensions[0].indicators[0].questions[0].options: points 11 exceed the question's maximum 10");
	}

	@Test
	void aGradeRuleNamingAnUnknownScenarioIsRefused() {
		String bad = GOOD.replace("itemsAtLevel: {level: 2, count: 2, constrained: 1}",
				"itemsAtLevel: {level: 2, count: 1, constrained: 1, items: [X1, X9]}");
		assertThat(problems(bad)).containsExactly(
				"tiny.yaml: gradeTables[0].grades[0].itemsAtLevel.items: the grade rule names X9, which is not a scenario or item of the model");
	}

	@Test
	void aDuplicateCodeIsRefusedWithWhereItWasFirst() {
		String bad = GOOD.replace("- code: X2", "- code: X1");
		assertThat(problems(bad)).containsExactly(
				"tiny.yaml: rubric.groups[0].items[1]: code X1 is used twice (first at rubric.groups[0].items[0])");
	}

	@Test
	void everyProblemOfAFileIsListedNotJustTheFirst() {
		String bad = GOOD.replace("{code: B, text: 乙, points: 5}", "{code: B, text: 乙, points: 4}")
			.replace("- code: X2", "- code: X1")
			.replace("levels: {1: 甲, 2: 乙}\n        - code: X1", "levels: {1: 甲}\n        - code: X1")
			.replace("constrained: 1}", "constrained: 1, items: [X7]}")
			.replace("type: MULTIPLE", "type: CHECKBOX");
		List<String> problems = problems(bad);
		assertThat(problems).hasSizeGreaterThanOrEqualTo(5)
			.anyMatch((p) -> p.contains("level 2 is missing"))
			.anyMatch((p) -> p.contains("code X1 is used twice"))
			.anyMatch((p) -> p.contains("names X7"))
			.anyMatch((p) -> p.contains("'type' is not one of"))
			.allMatch((p) -> p.startsWith("tiny.yaml: "));
	}

	@Test
	void aGradeAskingForMoreItemsThanTheModelHasOrNoConditionIsRefused() {
		String bad = GOOD.replace("count: 2, constrained: 1", "count: 3, constrained: 2")
			.replace("        minScore: 4\n", "");
		assertThat(problems(bad)).containsExactly(
				"tiny.yaml: gradeTables[0].grades[0].itemsAtLevel.count: asks for 3 items but the model has only 2",
				"tiny.yaml: gradeTables[0].grades[0].itemsAtLevel.constrained: asks for 2 items but the model has only 1",
				"tiny.yaml: gradeTables[0].grades[1]: a grade needs at least one condition");
	}

	@Test
	void missingRequiredFieldsAndUnreadableYamlAreSaid() {
		assertThat(problems(GOOD.replace("source: test\n", "")))
			.containsExactly("tiny.yaml: source: 'source' is missing");
		assertThat(problems("code: [unclosed")).singleElement()
			.satisfies((p) -> assertThat(p).startsWith("tiny.yaml: the file is not readable YAML"));
	}

	@Test
	void aDerivationMustNameItsInputsAndOptionsAndReach100Percent() {
		String derived = GOOD.replace("type: MULTIPLE", "type: SINGLE")
			.replace("{code: A, text: 甲, points: 5}", "{code: A, text: 甲, points: 10}")
			.replace("                options:",
					"                derivation:\n"
							+ "                  inputs: [{code: n, name: 数}, {code: d, name: 总数}]\n"
							+ "                  numerator: n\n" + "                  denominator: total\n"
							+ "                  bands: [{upTo: 50, option: A}, {upTo: 40, option: C}]\n"
							+ "                options:");
		assertThat(problems(derived)).containsExactly(
				"tiny.yaml: dimensions[0].subDimensions[0].indicators[0].questions[0].derivation: 'total' names no input of this question",
				"tiny.yaml: dimensions[0].subDimensions[0].indicators[0].questions[0].derivation.bands[1].option: option C is not an option of this question",
				"tiny.yaml: dimensions[0].subDimensions[0].indicators[0].questions[0].derivation.bands[1].upTo: band bounds must rise: 40 after 50",
				"tiny.yaml: dimensions[0].subDimensions[0].indicators[0].questions[0].derivation.bands: the last band ends at 40 but the ratio may reach 100");
	}

	@Test
	void theFirstProblemIsNotThrownAlone() {
		ModelRejected rejected = catchThrowableOfType(ModelRejected.class, () -> ModelReader.read("tiny.yaml",
				GOOD.replace("- code: X2", "- code: X1").replace("source: test\n", "")));
		assertThat(rejected.problems()).hasSize(2);
		assertThat(rejected.problems()).extracting(ModelProblem::kind)
			.containsExactlyInAnyOrder(ModelProblem.Kind.MISSING, ModelProblem.Kind.DUPLICATE_CODE);
		assertThat(rejected.getMessage()).contains("'source' is missing").contains("code X1 is used twice");
	}

	private static List<String> problems(String yaml) {
		Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> ModelReader.read("tiny.yaml", yaml));
		assertThatThrownBy(() -> {
			if (thrown != null) {
				throw thrown;
			}
		}).isInstanceOf(ModelRejected.class);
		return ((ModelRejected) thrown).problems().stream().map(ModelProblem::toString).toList();
	}

}
