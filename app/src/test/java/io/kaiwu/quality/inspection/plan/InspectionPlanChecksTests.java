package io.kaiwu.quality.inspection.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.quality.inspection.plan.PlanDraft.CharacteristicDraft;
import io.kaiwu.quality.inspection.plan.PlanDraft.FrequencyDraft;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The characteristic rules, each refusal naming its field. */
class InspectionPlanChecksTests {

	final UUID plan = UUID.randomUUID();

	final List<FieldError> errors = new ArrayList<>();

	@Test
	void acceptsAVariableCharacteristicWithTolerances() {
		Characteristic c = InspectionPlanChecks.characteristic(this.plan, 0, variable(25.0, -0.05, 0.05, null, null, 5),
				this.errors);
		assertThat(this.errors).isEmpty();
		assertThat(c).isNotNull();
		assertThat(c.lowerLimit()).isCloseTo(24.95, within(1e-9));
		assertThat(c.upperLimit()).isCloseTo(25.05, within(1e-9));
		assertThat(c.frequency()).isEqualTo(new Frequency(FrequencyKind.UNITS, 50));
	}

	@Test
	void acceptsAOneSidedLimit() {
		Characteristic c = InspectionPlanChecks.characteristic(this.plan, 0, variable(null, null, null, null, 1.6, 1),
				this.errors);
		assertThat(this.errors).isEmpty();
		assertThat(c.lowerLimit()).isNull();
		assertThat(c.upperLimit()).isEqualTo(1.6);
	}

	@Test
	void refusesLowerLimitOnOrAboveUpper() {
		assertThat(InspectionPlanChecks.characteristic(this.plan, 2, variable(null, null, null, 10.0, 10.0, 5),
				this.errors))
			.isNull();
		assertThat(this.errors).extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("characteristics[2].lowerLimit",
					"quality.inspection.problem.limits-order"));
	}

	@Test
	void refusesTolerancesThatCross() {
		// an unsigned "lower tolerance 0.05" puts LSL on USL
		assertThat(InspectionPlanChecks.characteristic(this.plan, 0, variable(25.0, 0.05, 0.05, null, null, 5),
				this.errors))
			.isNull();
		assertThat(this.errors).extracting(FieldError::messageKey)
			.containsExactly("quality.inspection.problem.tolerances-order");
	}

	@Test
	void refusesAVariableWithoutLimitsAndBothWaysAtOnce() {
		InspectionPlanChecks.characteristic(this.plan, 0, variable(25.0, null, null, null, null, 5), this.errors);
		InspectionPlanChecks.characteristic(this.plan, 1, variable(25.0, -0.1, 0.1, 24.9, 25.1, 5), this.errors);
		assertThat(this.errors).extracting(FieldError::messageKey)
			.containsExactly("quality.inspection.problem.limits-required",
					"quality.inspection.problem.limits-and-tolerances");
	}

	@Test
	void refusesASampleSizeOutOfRange() {
		InspectionPlanChecks.characteristic(this.plan, 0, variable(null, null, null, 1.0, 2.0, 0), this.errors);
		InspectionPlanChecks.characteristic(this.plan, 1, variable(null, null, null, 1.0, 2.0, 51), this.errors);
		assertThat(this.errors).extracting(FieldError::field)
			.containsExactly("characteristics[0].sampleSize", "characteristics[1].sampleSize");
	}

	@Test
	void anAttributeNeedsDefectTypesAndNoLimits() {
		CharacteristicDraft none = new CharacteristicDraft(null, "A1", "外观", "ATTRIBUTE", null, null, null, null, null,
				null, List.of(), 50, null, "目视", null);
		CharacteristicDraft withLimit = new CharacteristicDraft(null, "A2", "外观", "ATTRIBUTE", null, null, null, null,
				2.0, null, List.of("划伤"), 50, null, null, null);
		InspectionPlanChecks.characteristic(this.plan, 0, none, this.errors);
		InspectionPlanChecks.characteristic(this.plan, 1, withLimit, this.errors);
		assertThat(this.errors).extracting(FieldError::field, FieldError::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("characteristics[0].defectTypes",
							"quality.inspection.problem.defect-types-required"),
					org.assertj.core.groups.Tuple.tuple("characteristics[1].type",
							"quality.inspection.problem.limits-on-attribute"));
	}

	@Test
	void anAttributeIsOncePerLotUnlessToldOtherwise() {
		Characteristic c = InspectionPlanChecks.characteristic(this.plan, 0, new CharacteristicDraft(null, "A1", "外观",
				"attribute", null, null, null, null, null, null, List.of("划伤", "毛刺", "划伤"), 125, null, null, null),
				this.errors);
		assertThat(this.errors).isEmpty();
		assertThat(c.frequency()).isEqualTo(Frequency.perLot());
		assertThat(c.defectTypes()).as("a type named twice counts once").containsExactly("划伤", "毛刺");
	}

	private static CharacteristicDraft variable(Double nominal, Double lowerTolerance, Double upperTolerance,
			Double lowerLimit, Double upperLimit, int sampleSize) {
		return new CharacteristicDraft(null, "D1", "外径", "VARIABLE", nominal, lowerTolerance, upperTolerance,
				lowerLimit, upperLimit, "mm", null, sampleSize, new FrequencyDraft("UNITS", 50), "千分尺测量", "外径千分尺 0-25");
	}

}
