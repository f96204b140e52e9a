package io.kaiwu.transform.atlas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The atlas packs shipped in the repository: every typical scenario of the guide's annex,
 * counted per category, and the machining pack's refinements on top of the general pack.
 */
class ScenarioAtlasTests {

	final ScenarioAtlas atlas = new ScenarioAtlas();

	@Test
	void theGeneralPackHasEveryTypicalScenarioOfTheGuidePerCategory() {
		AtlasPack general = this.atlas.pack(ScenarioAtlas.GENERAL).orElseThrow();
		Map<String, Long> perCategory = general.scenarios()
			.stream()
			.collect(Collectors.groupingBy(Scenario::category, LinkedHashMap::new, Collectors.counting()));
		assertThat(perCategory).containsExactly(Map.entry("RD", 4L), Map.entry("PM", 6L), Map.entry("OPS", 2L),
				Map.entry("BM", 3L), Map.entry("SC", 4L), Map.entry("CL", 2L));
		assertThat(general.categories()).extracting((c) -> c.name().zh())
			.containsExactly("研发设计", "生产制造", "运维服务", "经营管理", "供应链管理", "跨环节协同");
		assertThat(general.scenarios()).extracting((s) -> s.name().zh())
			.contains("产品平台化设计", "产品协同测试验证", "产品工艺虚拟仿真", "产线及工厂三维优化设计", "多工厂/多基地协同排产", "生产工艺优化", "生产流程优化", "质量智能检测",
					"远程能耗监测", "安环监测与监管", "设备在线监测维护", "产品运维及后市场服务", "财务智能化管理", "客户洞察与营销管理", "人员数字化管理", "多级供应商采购管理",
					"无人仓储及智能物流", "供应链产品质量追溯", "供应链断链预测预警", "基于 MBSE 的产品全生命周期管理", "基于 C2M 的大规模定制化生产");
	}

	@Test
	void everyScenarioHasItsFourListsPainPointsTagsAndAModule() {
		for (Scenario s : this.atlas.pack(ScenarioAtlas.GENERAL).orElseThrow().scenarios()) {
			assertThat(s.painPoints()).as(s.code()).isNotEmpty();
			assertThat(s.tags()).as(s.code()).isNotEmpty();
			assertThat(List.of(s.lists().data(), s.lists().models(), s.lists().tools(), s.lists().skills()))
				.as(s.code())
				.allSatisfy((list) -> assertThat(list).isNotEmpty());
			assertThat(s.module()).as(s.code()).isNotBlank();
		}
		assertThat(this.atlas.pack(ScenarioAtlas.GENERAL).orElseThrow().scenario("OPS-01").orElseThrow().module())
			.isEqualTo("equipment");
	}

	@Test
	void theMachiningPackRefinesTheGeneralScenarios() {
		AtlasPack general = this.atlas.pack(ScenarioAtlas.GENERAL).orElseThrow();
		AtlasPack machining = this.atlas.pack("machining").orElseThrow();
		assertThat(this.atlas.packs()).extracting(AtlasPack::code).startsWith("general").contains("machining");
		assertThat(machining.scenarios()).hasSameSizeAs(general.scenarios());
		assertThat(machining.categories()).isEqualTo(general.categories());

		Scenario base = general.scenario("OPS-01").orElseThrow();
		Scenario refined = machining.scenario("OPS-01").orElseThrow();
		assertThat(refined.painPoints()).startsWith(base.painPoints().toArray(Text[]::new))
			.hasSize(base.painPoints().size() + 2);
		assertThat(refined.painPoints()).extracting(Text::zh).contains("主轴和刀具故障突发，停机损失大");
		assertThat(refined.tags()).containsAll(base.tags()).contains(ValueTag.SAFETY);
		assertThat(refined.lists().data()).extracting(Text::en).contains("Spindle vibration and temperature");
		assertThat(refined.description()).isEqualTo(base.description());

		assertThat(machining.scenario("RD-03").orElseThrow().description().zh()).contains("数控");
		assertThat(machining.scenario("BM-01")).isEqualTo(general.scenario("BM-01"));
	}

	@Test
	void everyModuleAValueTagAndALinkKindHaveALabelInBothLanguages() throws java.io.IOException {
		for (String bundle : List.of("messages/atlas.properties", "messages/atlas_en.properties")) {
			java.util.Properties labels = new java.util.Properties();
			try (java.io.Reader in = new java.io.InputStreamReader(
					getClass().getClassLoader().getResourceAsStream(bundle), java.nio.charset.StandardCharsets.UTF_8)) {
				labels.load(in);
			}
			for (AtlasPack pack : this.atlas.packs()) {
				pack.scenarios()
					.forEach((s) -> assertThat(labels).as(bundle).containsKey("atlas.module." + s.module()));
			}
			for (ValueTag tag : ValueTag.values()) {
				assertThat(labels).as(bundle).containsKey("atlas.tag." + tag.name());
			}
			for (LinkKind kind : LinkKind.values()) {
				assertThat(labels).as(bundle).containsKey("atlas.link." + kind.name());
			}
		}
	}

}
