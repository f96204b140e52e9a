package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.kaiwu.energy.metering.VirtualMeter.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Virtual meters: a workshop is its incomer minus the offices, the plant the sum of its
 * workshops.
 */
class VirtualMetersTests {

	private static final Map<String, MeterKind> PHYSICAL = Map.of("INCOMER-A", MeterKind.ELECTRICITY, "OFFICE-A",
			MeterKind.ELECTRICITY, "INCOMER-B", MeterKind.ELECTRICITY, "GAS-1", MeterKind.NATURAL_GAS);

	@Test
	void aVirtualMeterAddsAndSubtractsAndNests() {
		VirtualMeters meters = VirtualMeters.of(PHYSICAL,
				List.of(new VirtualMeter("WORKSHOP-A", MeterKind.ELECTRICITY,
						List.of(Term.plus("INCOMER-A"), Term.minus("OFFICE-A"))),
						new VirtualMeter("PLANT", MeterKind.ELECTRICITY,
								List.of(Term.plus("WORKSHOP-A"), Term.plus("INCOMER-B")))));

		Map<String, BigDecimal> hour = Map.of("INCOMER-A", new BigDecimal("820.5"), "OFFICE-A", new BigDecimal("40.5"),
				"INCOMER-B", new BigDecimal("300"));

		assertThat(meters.value("WORKSHOP-A", hour).value())
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo("780"));
		assertThat(meters.value("PLANT", hour).value())
			.hasValueSatisfying((value) -> assertThat(value).isEqualByComparingTo("1080"));
	}

	@Test
	void aVirtualValueIsMissingWhenAnyInputIsMissing() {
		VirtualMeters meters = VirtualMeters.of(PHYSICAL, List.of(new VirtualMeter("WORKSHOP-A", MeterKind.ELECTRICITY,
				List.of(Term.plus("INCOMER-A"), Term.minus("OFFICE-A")))));

		VirtualMeters.VirtualValue value = meters.value("WORKSHOP-A", Map.of("INCOMER-A", new BigDecimal("820.5")));

		assertThat(value.value()).isEmpty();
		assertThat(value.missingMeters()).containsExactly("OFFICE-A");
	}

	@Test
	void aVirtualMeterReferringToItselfIsRefused() {
		assertThatThrownBy(() -> VirtualMeters.of(PHYSICAL,
				List.of(new VirtualMeter("WORKSHOP-A", MeterKind.ELECTRICITY,
						List.of(Term.plus("INCOMER-A"), Term.minus("WORKSHOP-A"))))))
			.isInstanceOfSatisfying(InvalidVirtualMeter.class, (refused) -> {
				assertThat(refused.reason()).isEqualTo(InvalidVirtualMeter.Reason.SELF_REFERENCE);
				assertThat(refused.meterCode()).isEqualTo("WORKSHOP-A");
			});
	}

	@Test
	void aCycleThroughOtherVirtualMetersIsRefusedWithItsPath() {
		List<VirtualMeter> cycle = List.of(
				new VirtualMeter("A", MeterKind.ELECTRICITY, List.of(Term.plus("INCOMER-A"), Term.plus("B"))),
				new VirtualMeter("B", MeterKind.ELECTRICITY, List.of(Term.plus("C"))),
				new VirtualMeter("C", MeterKind.ELECTRICITY, List.of(Term.minus("OFFICE-A"), Term.plus("A"))));

		assertThatThrownBy(() -> VirtualMeters.of(PHYSICAL, cycle)).isInstanceOfSatisfying(InvalidVirtualMeter.class,
				(refused) -> {
					assertThat(refused.reason()).isEqualTo(InvalidVirtualMeter.Reason.CYCLE);
					assertThat(refused.path()).containsExactly("A", "B", "C", "A");
				});
	}

	@Test
	void unknownMetersAndOtherKindsAreRefused() {
		assertThatThrownBy(() -> VirtualMeters.of(PHYSICAL,
				List.of(new VirtualMeter("V", MeterKind.ELECTRICITY, List.of(Term.plus("NOWHERE"))))))
			.isInstanceOfSatisfying(InvalidVirtualMeter.class, (refused) -> {
				assertThat(refused.reason()).isEqualTo(InvalidVirtualMeter.Reason.UNKNOWN_METER);
				assertThat(refused.path()).containsExactly("NOWHERE");
			});
		assertThatThrownBy(() -> VirtualMeters.of(PHYSICAL,
				List.of(new VirtualMeter("V", MeterKind.ELECTRICITY,
						List.of(Term.plus("INCOMER-A"), Term.plus("GAS-1"))))))
			.isInstanceOfSatisfying(InvalidVirtualMeter.class,
					(refused) -> assertThat(refused.reason()).isEqualTo(InvalidVirtualMeter.Reason.OTHER_KIND));
		assertThatThrownBy(
				() -> VirtualMeters.of(PHYSICAL, List.of(new VirtualMeter("V", MeterKind.ELECTRICITY, List.of()))))
			.isInstanceOfSatisfying(InvalidVirtualMeter.class,
					(refused) -> assertThat(refused.reason()).isEqualTo(InvalidVirtualMeter.Reason.NO_TERMS));
	}

}
