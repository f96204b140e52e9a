package io.kaiwu.quality.inspection.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.quality.inspection.plan.CharacteristicType;
import io.kaiwu.quality.inspection.plan.Frequency;
import io.kaiwu.quality.inspection.plan.SpecLimits;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The subgroup rules, each refusal naming its field. */
class SubgroupChecksTests {

	static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

	final Characteristic diameter = new Characteristic(UUID.randomUUID(), UUID.randomUUID(), 0, "D1", "外径",
			CharacteristicType.VARIABLE, 25.0, new SpecLimits(24.95, 25.05), "mm", List.of(), 5, Frequency.perLot(),
			null, null);

	final Characteristic appearance = new Characteristic(UUID.randomUUID(), UUID.randomUUID(), 1, "A1", "外观",
			CharacteristicType.ATTRIBUTE, null, new SpecLimits(null, null), null, List.of("划伤", "毛刺"), 50,
			Frequency.perLot(), null, null);

	final List<FieldError> errors = new ArrayList<>();

	@Test
	void takesNumbersAndNumbersWrittenAsTextAndCountsThoseOutOfSpec() {
		SubgroupChecks.Checked c = SubgroupChecks.check(this.diameter, measured(25.0, "25.051", 24.95, 25, " 24.9 "),
				"", NOW, this.errors);
		assertThat(this.errors).isEmpty();
		assertThat(c.values()).containsExactly(25.0, 25.051, 24.95, 25.0, 24.9);
		assertThat(c.outOfSpec()).as("25.051 and 24.9; 24.95 lies on the limit").isEqualTo(2);
		assertThat(c.takenAt()).isEqualTo(NOW);
	}

	@Test
	void refusesAValueThatIsNoNumberNamingItsPlace() {
		SubgroupChecks.check(this.diameter, measured(25.0, "abc", 25.0, "NaN", null), "subgroups[3].", NOW,
				this.errors);
		assertThat(this.errors).extracting(FieldError::field)
			.containsExactly("subgroups[3].values[1]", "subgroups[3].values[3]", "subgroups[3].values[4]");
		assertThat(this.errors).extracting(FieldError::messageKey)
			.containsOnly("quality.inspection.problem.not-a-number");
	}

	@Test
	void refusesASubgroupOfTheWrongSize() {
		assertThat(
				SubgroupChecks.check(this.diameter, measured(25.0, 25.0, 25.0, 25.0, 25.0, 25.0), "", NOW, this.errors))
			.isNull();
		assertThat(this.errors).singleElement().satisfies((e) -> {
			assertThat(e.field()).isEqualTo("values");
			assertThat(e.args()).containsExactly(6, "D1", 5);
		});
	}

	@Test
	void countsAttributeDefectsByType() {
		SubgroupChecks.Checked c = SubgroupChecks.check(this.appearance,
				new SubgroupDraft(this.appearance.id(), null, null, 3, Map.of("划伤", 2, "毛刺", 2), null), "", NOW,
				this.errors);
		assertThat(this.errors).isEmpty();
		assertThat(c.inspected()).as("the plan's sample size").isEqualTo(50);
		assertThat(c.nonconforming()).isEqualTo(3);
		assertThat(c.defects()).isEqualTo(4);
	}

	@Test
	void refusesImpossibleCounts() {
		SubgroupChecks.check(this.appearance, new SubgroupDraft(null, null, 10, 11, null, null), "", NOW, this.errors);
		SubgroupChecks.check(this.appearance, new SubgroupDraft(null, null, 10, 3, Map.of("划伤", 2), null), "", NOW,
				this.errors);
		SubgroupChecks.check(this.appearance, new SubgroupDraft(null, null, 10, 1, Map.of("裂纹", 1), null), "", NOW,
				this.errors);
		assertThat(this.errors).extracting(FieldError::messageKey)
			.containsExactly("quality.inspection.problem.nonconforming", "quality.inspection.problem.fewer-defects",
					"quality.inspection.problem.unknown-defect-type");
	}

	@Test
	void refusesASampleTakenInTheFutureButAllowsClockSkew() {
		SubgroupChecks.check(this.diameter,
				new SubgroupDraft(null, List.of(25, 25, 25, 25, 25), null, null, null, NOW.plusSeconds(60).toString()),
				"", NOW, this.errors);
		assertThat(this.errors).isEmpty();
		SubgroupChecks.check(this.diameter, new SubgroupDraft(null, List.of(25, 25, 25, 25, 25), null, null, null,
				NOW.plus(SubgroupChecks.SKEW).plusSeconds(1).toString()), "", NOW, this.errors);
		assertThat(this.errors).extracting(FieldError::field).containsExactly("takenAt");
	}

	@Test
	void theDefaultVerdictCountsTheMostUnitsAnyCharacteristicSaw() {
		UUID d = UUID.randomUUID();
		UUID a = UUID.randomUUID();
		List<Subgroup> taken = List.of(subgroup(d, 5, 1), subgroup(d, 5, 0), subgroup(a, 50, 2));
		assertThat(InspectionRecords.unitsSeen(taken)).isEqualTo(50);
		assertThat(InspectionRecords.unitsRejected(taken)).isEqualTo(2);
		assertThat(InspectionRecords.unitsSeen(List.of(subgroup(d, 5, 1), subgroup(d, 5, 1)))).isEqualTo(10);
		assertThat(InspectionRecords.unitsRejected(List.of(subgroup(d, 5, 1), subgroup(d, 5, 1)))).isEqualTo(2);
	}

	private static Subgroup subgroup(UUID characteristic, int inspected, int nonconforming) {
		return new Subgroup(UUID.randomUUID(), io.kaiwu.shared.TenantId.of(UUID.randomUUID()), characteristic, null,
				SubgroupSource.MANUAL, null, NOW, List.of(), inspected, nonconforming, 0, Map.of(), 0, NOW);
	}

	private SubgroupDraft measured(Object... values) {
		return new SubgroupDraft(this.diameter.id(), Arrays.asList(values), null, null, null, null);
	}

}
