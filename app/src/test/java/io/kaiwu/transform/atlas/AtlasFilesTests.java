package io.kaiwu.transform.atlas;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad pack files are refused with every problem, each naming its file and the path inside
 * it.
 */
class AtlasFilesTests {

	static final String GENERAL = """
			pack: general
			name: {zh: 通用, en: General}
			source: test
			version: "1"
			categories:
			  - {code: PM, name: {zh: 生产制造, en: Production}, description: {zh: 生产, en: Production}}
			  - {code: OPS, name: {zh: 运维服务, en: Service}, description: {zh: 运维, en: Service}}
			scenarios:
			%s
			""";

	static String scenario(String code, String category, String tags, String links) {
		return """
				  - code: %s
				    category: %s
				    name: {zh: 场景%s, en: Scenario %s}
				    module: equipment
				    description: {zh: 描述, en: Description}
				    painPoints: [{zh: 痛点, en: Pain}]
				    tags: %s
				    lists:
				      data: [{zh: 数据, en: Data}]
				      models: [{zh: 模型, en: Model}]
				      tools: [{zh: 工具, en: Tool}]
				      skills: [{zh: 技能, en: Skill}]
				    links: %s
				""".formatted(code, category, code, code, tags, links);
	}

	static String general(String... scenarios) {
		return GENERAL.formatted(String.join("", scenarios));
	}

	static final String GOOD = general(scenario("PM-01", "PM", "[QUALITY]", "[{to: OPS-01, kind: DATA}]"),
			scenario("OPS-01", "OPS", "[COST, EFFICIENCY]", "[]"));

	static AtlasFiles.Result read(String... files) {
		List<AtlasFiles.Source> sources = new java.util.ArrayList<>();
		for (int i = 0; i < files.length; i++) {
			sources.add(new AtlasFiles.Source("pack" + i + ".yaml", files[i]));
		}
		return AtlasFiles.read(sources);
	}

	@Test
	void aGoodPackIsRead() {
		AtlasFiles.Result result = read(GOOD);
		assertThat(result.problems()).isEmpty();
		AtlasPack pack = result.packs().get("general");
		assertThat(pack.scenarios()).extracting(Scenario::code).containsExactly("PM-01", "OPS-01");
		assertThat(pack.scenario("PM-01").orElseThrow().links())
			.containsExactly(new ScenarioLink("OPS-01", LinkKind.DATA));
		assertThat(pack.scenario("OPS-01").orElseThrow().tags()).containsExactly(ValueTag.COST, ValueTag.EFFICIENCY);
	}

	@Test
	void anUnknownLinkTargetIsNamedWithItsPath() {
		AtlasFiles.Result result = read(general(scenario("PM-01", "PM", "[QUALITY]", "[{to: XX-99, kind: DATA}]"),
				scenario("OPS-01", "OPS", "[COST]", "[]")));
		assertThat(result.problems()).containsExactly(new AtlasProblem("pack0.yaml", "scenarios[0].links[0].to",
				"unknown link target 'XX-99': no scenario has this code"));
	}

	@Test
	void anUnknownLinkKindAndASelfLinkAreRefused() {
		AtlasFiles.Result result = read(
				general(scenario("PM-01", "PM", "[QUALITY]", "[{to: OPS-01, kind: ROPE}, {to: PM-01, kind: DATA}]"),
						scenario("OPS-01", "OPS", "[COST]", "[]")));
		assertThat(result.problems()).extracting(AtlasProblem::path)
			.containsExactly("scenarios[0].links[0].kind", "scenarios[0].links[1].to");
	}

	@Test
	void aDuplicateScenarioCodeIsRefused() {
		AtlasFiles.Result result = read(general(scenario("PM-01", "PM", "[QUALITY]", "[]"),
				scenario("PM-01", "PM", "[COST]", "[]"), scenario("OPS-01", "OPS", "[COST]", "[]")));
		assertThat(result.problems()).containsExactly(new AtlasProblem("pack0.yaml", "scenarios[1].code",
				"duplicate scenario code 'PM-01', first at scenarios[0]"));
	}

	@Test
	void anUnknownValueTagIsRefused() {
		AtlasFiles.Result result = read(general(scenario("PM-01", "PM", "[QUALITY, CHEAPER]", "[]"),
				scenario("OPS-01", "OPS", "[COST]", "[]")));
		assertThat(result.problems()).singleElement().satisfies((p) -> {
			assertThat(p.path()).isEqualTo("scenarios[0].tags[1]");
			assertThat(p.message()).startsWith("unknown value tag 'CHEAPER'").contains("NEW_MODEL");
		});
	}

	@Test
	void aMissingOrUnknownCategoryIsRefused() {
		String missing = scenario("PM-01", "PM", "[QUALITY]", "[]").replace("    category: PM\n", "");
		AtlasFiles.Result result = read(
				general(missing, scenario("OPS-02", "QA", "[COST]", "[]"), scenario("OPS-01", "OPS", "[COST]", "[]")));
		assertThat(result.problems()).extracting(AtlasProblem::toString)
			.containsExactly(
					"pack0.yaml: scenarios[0].category: missing category: name the code of one of the pack's categories",
					"pack0.yaml: scenarios[1].code: 'OPS-02' does not start with its category's code 'QA-'",
					"pack0.yaml: scenarios[1].category: unknown category 'QA': use one of [OPS, PM]",
					"pack0.yaml: categories[0]: category 'PM' has no scenario");
	}

	@Test
	void missingContentAndUnknownFieldsAreAllListed() {
		String bare = """
				  - code: PM-01
				    category: PM
				    name: {zh: 场景}
				    module: equipment
				    colour: red
				""";
		AtlasFiles.Result result = read(general(bare, scenario("OPS-01", "OPS", "[COST]", "[]")));
		assertThat(result.problems()).extracting(AtlasProblem::path)
			.containsExactly("scenarios[0].colour", "scenarios[0].name.en", "scenarios[0].description",
					"scenarios[0].painPoints", "scenarios[0].tags", "scenarios[0].lists");
	}

	@Test
	void aFileThatIsNotYamlIsNamed() {
		AtlasFiles.Result result = read(GOOD, "pack: [unclosed");
		assertThat(result.problems()).singleElement().satisfies((p) -> {
			assertThat(p.file()).isEqualTo("pack1.yaml");
			assertThat(p.message()).startsWith("not valid YAML");
		});
		assertThat(result.packs()).containsKey("general");
	}

	@Test
	void anIndustryPackRefinesKnownScenariosOfAKnownPack() {
		String industry = """
				pack: moulding
				extends: general
				name: {zh: 注塑, en: Injection moulding}
				source: test
				version: "1"
				scenarios:
				  - code: OPS-01
				    painPoints: [{zh: 模具损坏, en: Mould damage}]
				    tags: [SAFETY, COST]
				    lists: {models: [{zh: 模具寿命, en: Mould life}]}
				    links: [{to: PM-01, kind: MODEL}]
				""";
		AtlasFiles.Result result = read(GOOD, industry);
		assertThat(result.problems()).isEmpty();
		Scenario refined = result.packs().get("moulding").scenario("OPS-01").orElseThrow();
		assertThat(refined.painPoints()).extracting(Text::en).containsExactly("Pain", "Mould damage");
		assertThat(refined.tags()).containsExactly(ValueTag.COST, ValueTag.EFFICIENCY, ValueTag.SAFETY);
		assertThat(refined.lists().models()).extracting(Text::en).containsExactly("Model", "Mould life");
		assertThat(refined.lists().data()).extracting(Text::en).containsExactly("Data");
		assertThat(refined.links()).containsExactly(new ScenarioLink("PM-01", LinkKind.MODEL));
	}

	@Test
	void anIndustryPackOfAnUnknownPackOrScenarioIsRefused() {
		String industry = """
				pack: moulding
				extends: %s
				name: {zh: 注塑, en: Injection moulding}
				source: test
				version: "1"
				scenarios:
				  - code: SC-09
				    painPoints: [{zh: 模具损坏, en: Mould damage}]
				  - code: OPS-01
				    module: quality
				    links: [{to: RD-01, kind: DATA}]
				""";
		assertThat(read(GOOD, industry.formatted("generic")).problems()).extracting(AtlasProblem::toString)
			.containsExactly(
					"pack1.yaml: scenarios[1].module: an industry pack cannot change a scenario's module: only description, painPoints, tags, lists and links",
					"pack1.yaml: extends: unknown pack 'generic': an industry pack extends a general pack, one of [general]");
		assertThat(read(GOOD, industry.formatted("general")).problems()).extracting(AtlasProblem::path)
			.containsExactly("scenarios[1].module", "scenarios[0].code", "scenarios[1].links[0].to");
	}

	@Test
	void aDuplicatePackOrCategoryCodeIsRefused() {
		String doubled = GOOD.replace("  - {code: OPS,", "  - {code: PM,");
		assertThat(read(doubled).problems()).extracting(AtlasProblem::toString)
			.contains("pack0.yaml: categories[1].code: duplicate category code 'PM', first at categories[0]");
		assertThat(read(GOOD, GOOD).problems()).containsExactly(
				new AtlasProblem("pack1.yaml", "pack", "duplicate pack code 'general', also in pack0.yaml"));
	}

	@Test
	void theAtlasRefusesToStartWithEveryProblem() {
		String bad = general(scenario("PM-01", "PM", "[SHINY]", "[{to: NO-01, kind: DATA}]"),
				scenario("OPS-01", "OPS", "[COST]", "[]"));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new ScenarioAtlas(List.of(new AtlasFiles.Source("bad.yaml", bad))))
			.isInstanceOfSatisfying(AtlasInvalid.class, (ex) -> assertThat(ex.problems()).hasSize(2))
			.hasMessageContaining("bad.yaml: scenarios[0].tags[0]")
			.hasMessageContaining("bad.yaml: scenarios[0].links[0].to");
	}

}
