package io.kaiwu.production.configurator.kernel;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.configurator.kernel.ProductModel.Option;
import io.kaiwu.production.configurator.kernel.ProductModel.OptionGroup;
import io.kaiwu.production.configurator.kernel.ProductModel.Rule;
import io.kaiwu.production.configurator.kernel.Refusal.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configurator's rules and compositions on the demo gear shaft FG-GS-200: its BOM is
 * one rough-turned blank, its routing 10 调质, 20 精车 (180 s), 30 铣键槽. Heat treatment
 * (required, single choice) is 调质 or 感应淬火 (an extra step 40), the material (required,
 * single choice) 45# or 40Cr (another blank, finish turning a quarter slower), the
 * surface (optional, several) 发黑 or 镀锌 which exclude each other; 感应淬火 requires 40Cr.
 */
class ConfiguratorKernelTests {

	static final UUID BLANK_45 = UUID.randomUUID();

	static final UUID BLANK_40CR = UUID.randomUUID();

	static final UUID BLACKENING = UUID.randomUUID();

	static final UUID ZINC = UUID.randomUUID();

	static final UUID TURNING = UUID.randomUUID();

	static final UUID HEAT = UUID.randomUUID();

	static final UUID LATHE = UUID.randomUUID();

	static final UUID COIL = UUID.randomUUID();

	static final ProductModel SHAFT = new ProductModel(
			"FG-GS-200", List.of(
					new OptionGroup("HT", "热处理", true, false,
							List.of(new Option("HT-QT", "调质", List.of()),
									new Option("HT-IND", "感应淬火",
											List.of(new Effect.ExtraStep(step(40, "OP40", HEAT, "15", "90")))))),
					new OptionGroup("MAT", "材质", true, false,
							List.of(new Option("MAT-45", "45#", List.of()), new Option("MAT-40CR", "40Cr",
									List.of(new Effect.ReplaceComponent(BLANK_45, BLANK_40CR, null),
											new Effect.RunFactor(20, new BigDecimal("1.25")))))),
					new OptionGroup("SURF", "表面处理", false, true,
							List.of(new Option("SURF-BLK", "发黑",
									List.of(new Effect.AddComponent(BLACKENING, new BigDecimal("0.01")))),
									new Option("SURF-ZN", "镀锌",
											List.of(new Effect.AddComponent(ZINC, new BigDecimal("0.02"))))))),
			List.of(new Rule(Rule.Kind.REQUIRES, "HT-IND", "MAT-40CR"),
					new Rule(Rule.Kind.EXCLUDES, "SURF-BLK", "SURF-ZN")));

	static final List<VariantBom.Line> BASE_BOM = List
		.of(new VariantBom.Line(BLANK_45, BigDecimal.ONE, new BigDecimal("3")));

	static final List<VariantRouting.Step> BASE_ROUTING = List.of(step(10, "OP10", HEAT, "0", "60"),
			step(20, "OP20", TURNING, "20", "180"), step(30, "OP30", TURNING, "25", "150"));

	static VariantRouting.Step step(int sequence, String code, UUID centre, String setup, String run) {
		return new VariantRouting.Step(sequence, code, code, centre,
				List.of(new VariantRouting.Resource(centre.equals(HEAT) ? COIL : LATHE, BigDecimal.ONE)),
				new BigDecimal(setup), new BigDecimal(run), null);
	}

	@Test
	void aCompleteConsistentSelectionPasses() {
		assertThat(Compatibility.check(SHAFT, List.of("HT-IND", "MAT-40CR", "SURF-BLK"))).isEmpty();
		assertThat(Compatibility.check(SHAFT, List.of("MAT-45", "HT-QT"))).isEmpty();
	}

	@Test
	void checkRefusesWithEveryReasonAtOnce() {
		assertThat(Compatibility.check(SHAFT, List.of("HT-QT", "HT-IND", "SURF-BLK", "SURF-ZN", "PAINT")))
			.containsExactlyInAnyOrder(new Refusal(Kind.UNKNOWN_OPTION, List.of("PAINT")),
					new Refusal(Kind.REQUIRED_GROUP, List.of("MAT", "材质")),
					new Refusal(Kind.SINGLE_CHOICE, List.of("热处理", "HT-QT", "HT-IND")),
					new Refusal(Kind.REQUIRES, List.of("HT-IND", "MAT-40CR")),
					new Refusal(Kind.EXCLUDES, List.of("SURF-BLK", "SURF-ZN")));
	}

	@Test
	void eachRefusalAlone() {
		assertThat(Compatibility.check(SHAFT, List.of("MAT-45")))
			.containsExactly(new Refusal(Kind.REQUIRED_GROUP, List.of("HT", "热处理")));
		assertThat(Compatibility.check(SHAFT, List.of("HT-IND", "MAT-45")))
			.containsExactly(new Refusal(Kind.REQUIRES, List.of("HT-IND", "MAT-40CR")));
		assertThat(Compatibility.check(SHAFT, List.of("HT-QT", "MAT-45", "MAT-40CR")))
			.containsExactly(new Refusal(Kind.SINGLE_CHOICE, List.of("材质", "MAT-45", "MAT-40CR")));
		assertThat(Compatibility.check(SHAFT, List.of("HT-QT", "MAT-45", "SURF-ZN", "SURF-BLK")))
			.containsExactly(new Refusal(Kind.EXCLUDES, List.of("SURF-BLK", "SURF-ZN")));
		assertThat(Compatibility.check(SHAFT, List.of("HT-QT", "MAT-45", "X")))
			.containsExactly(new Refusal(Kind.UNKNOWN_OPTION, List.of("X")));
	}

	@Test
	void compatibleTellsWhichOptionsRemainAndWhyNot() {
		List<Compatibility.Choice> choices = Compatibility.compatible(SHAFT, List.of("MAT-45", "SURF-BLK"));
		assertThat(choices).extracting(Compatibility.Choice::option)
			.containsExactly("HT-QT", "HT-IND", "MAT-45", "MAT-40CR", "SURF-BLK", "SURF-ZN");
		assertThat(choice(choices, "HT-QT").available()).isTrue();
		assertThat(choice(choices, "HT-IND").available()).isFalse();
		assertThat(choice(choices, "HT-IND").reasons())
			.containsExactly(new Refusal(Kind.REQUIRES_BLOCKED, List.of("HT-IND", "MAT-40CR", "MAT-45")));
		assertThat(choice(choices, "MAT-40CR").available()).as("replaces the pick in a single-choice group").isTrue();
		assertThat(choice(choices, "MAT-45").selected()).isTrue();
		assertThat(choice(choices, "SURF-ZN").reasons())
			.containsExactly(new Refusal(Kind.EXCLUDES, List.of("SURF-ZN", "SURF-BLK")));

		List<Compatibility.Choice> with40Cr = Compatibility.compatible(SHAFT, List.of("MAT-40CR"));
		assertThat(choice(with40Cr, "HT-IND").available()).isTrue();
		assertThat(choice(with40Cr, "SURF-ZN").available()).isTrue();
	}

	@Test
	void anOptionWhoseNeededOptionIsExcludedByAPickIsRuledOut() {
		ProductModel sleeveKit = new ProductModel("FG-GS-200", List.of(
				new OptionGroup("HT", "热处理", true, false,
						List.of(new Option("HT-QT", "调质", List.of()), new Option("HT-IND", "感应淬火", List.of()))),
				new OptionGroup("KIT", "配套件", false, true,
						List.of(new Option("KIT-SLV", "轴套", List.of()), new Option("KIT-PIN", "销", List.of())))),
				List.of(new Rule(Rule.Kind.EXCLUDES, "KIT-SLV", "HT-IND"),
						new Rule(Rule.Kind.REQUIRES, "KIT-PIN", "KIT-SLV")));
		List<Compatibility.Choice> choices = Compatibility.compatible(sleeveKit, List.of("HT-IND"));
		assertThat(choice(choices, "KIT-SLV").reasons())
			.containsExactly(new Refusal(Kind.EXCLUDES, List.of("KIT-SLV", "HT-IND")));
		assertThat(choice(choices, "KIT-PIN").reasons())
			.containsExactly(new Refusal(Kind.REQUIRES_BLOCKED, List.of("KIT-PIN", "KIT-SLV", "HT-IND")));
		assertThat(choice(choices, "HT-QT").available()).isTrue();
		assertThat(Compatibility.compatible(sleeveKit, List.of("HT-QT"))).allMatch(Compatibility.Choice::available);
	}

	@Test
	void theVariantCodeDependsOnTheSelectionNotOnTheOrderOfPicking() {
		String code = VariantCode.of("FG-GS-200", List.of("HT-IND", "MAT-40CR", "SURF-BLK"));
		assertThat(code).matches("FG-GS-200-[0-9A-F]{8}");
		assertThat(VariantCode.of("FG-GS-200", List.of("SURF-BLK", "MAT-40CR", "HT-IND"))).isEqualTo(code);
		assertThat(VariantCode.of("FG-GS-200", List.of("HT-IND", "MAT-40CR"))).isNotEqualTo(code);
		assertThat(VariantCode.of("FG-GS-201", List.of("HT-IND", "MAT-40CR", "SURF-BLK"))).isNotEqualTo(code);
		String longBase = "X".repeat(50);
		assertThat(VariantCode.of(longBase, List.of("A"))).hasSize(50).startsWith("X".repeat(41) + "-");
	}

	@Test
	void theVariantBomReplacesAndAddsComponents() {
		Composition<VariantBom.Line> bom = VariantBom.compose(BigDecimal.ONE, BASE_BOM,
				Compatibility.chosen(SHAFT, List.of("SURF-BLK", "MAT-40CR", "HT-QT")));
		assertThat(bom.refusals()).isEmpty();
		assertThat(bom.parts()).containsExactly(new VariantBom.Line(BLANK_40CR, BigDecimal.ONE, new BigDecimal("3")),
				new VariantBom.Line(BLACKENING, new BigDecimal("0.01"), BigDecimal.ZERO));
	}

	@Test
	void optionQuantitiesArePerUnitAndScaleToTheBaseQuantity() {
		List<VariantBom.Line> perTen = List.of(new VariantBom.Line(BLANK_45, BigDecimal.TEN, BigDecimal.ZERO),
				new VariantBom.Line(ZINC, new BigDecimal("0.05"), BigDecimal.ZERO));
		Composition<VariantBom.Line> bom = VariantBom.compose(BigDecimal.TEN, perTen,
				Compatibility.chosen(SHAFT, List.of("SURF-ZN")));
		assertThat(bom.parts()).containsExactly(new VariantBom.Line(BLANK_45, BigDecimal.TEN, BigDecimal.ZERO),
				new VariantBom.Line(ZINC, new BigDecimal("0.25"), BigDecimal.ZERO));
	}

	@Test
	void replacingAComponentTheBaseDoesNotHaveIsRefused() {
		Composition<VariantBom.Line> bom = VariantBom.compose(BigDecimal.ONE,
				List.of(new VariantBom.Line(ZINC, BigDecimal.ONE, BigDecimal.ZERO)),
				Compatibility.chosen(SHAFT, List.of("MAT-40CR")));
		assertThat(bom.refusals())
			.containsExactly(new Refusal(Kind.REPLACED_MISSING, List.of("MAT-40CR", BLANK_45.toString())));
	}

	@Test
	void theVariantRoutingHasTheExtraStepAndTheSlowerRunTime() {
		Composition<VariantRouting.Step> routing = VariantRouting.compose(BASE_ROUTING,
				Compatibility.chosen(SHAFT, List.of("MAT-40CR", "HT-IND")));
		assertThat(routing.refusals()).isEmpty();
		assertThat(routing.parts()).extracting(VariantRouting.Step::sequence).containsExactly(10, 20, 30, 40);
		assertThat(routing.parts().get(1).runSecondsPerUnit()).isEqualByComparingTo("225");
		assertThat(routing.parts().get(2).runSecondsPerUnit()).isEqualByComparingTo("150");
		assertThat(routing.parts().get(3).workCentreId()).isEqualTo(HEAT);
		assertThat(routing.parts().get(3).setupMinutes()).isEqualByComparingTo("15");
	}

	@Test
	void anExtraStepOnATakenSequenceOrAFactorOnAMissingStepIsRefused() {
		Composition<VariantRouting.Step> routing = VariantRouting.compose(List.of(step(40, "OP40", TURNING, "5", "30")),
				Compatibility.chosen(SHAFT, List.of("HT-IND", "MAT-40CR")));
		assertThat(routing.refusals()).containsExactly(new Refusal(Kind.STEP_TAKEN, List.of("HT-IND", "40")),
				new Refusal(Kind.STEP_MISSING, List.of("MAT-40CR", "20")));
	}

	private static Compatibility.Choice choice(List<Compatibility.Choice> choices, String option) {
		return choices.stream().filter((c) -> c.option().equals(option)).findFirst().orElseThrow();
	}

}
