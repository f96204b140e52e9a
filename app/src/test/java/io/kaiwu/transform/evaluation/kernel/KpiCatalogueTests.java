package io.kaiwu.transform.evaluation.kernel;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The KPI formulas of results evaluation on hand-worked figures. */
class KpiCatalogueTests {

	@Test
	void revenueGrewByAFifth() {
		// (1 200 − 1 000) ÷ 1 000 = 20 %
		assertThat(Kpi.REVENUE_GROWTH.compute(Map.of("revenue", 1200.0, "previousRevenue", 1000.0))).isEqualTo(20.0);
		// a shrinking business: (900 − 1 000) ÷ 1 000 = −10 %
		assertThat(Kpi.REVENUE_GROWTH.compute(Map.of("revenue", 900.0, "previousRevenue", 1000.0))).isEqualTo(-10.0);
	}

	@Test
	void aLossIsANegativeMargin() {
		assertThat(Kpi.PROFIT_MARGIN.compute(Map.of("profit", 85.0, "revenue", 1000.0))).isEqualTo(8.5);
		assertThat(Kpi.PROFIT_MARGIN.compute(Map.of("profit", -50.0, "revenue", 1000.0))).isEqualTo(-5.0);
	}

	@Test
	void theDevelopmentCycleIsTheMeanOfTheReleasedProjects() {
		// three projects of 120, 150 and 180 days: 450 ÷ 3 = 150 days
		assertThat(Kpi.RD_CYCLE.compute(Map.of("totalProjectDays", 450.0, "projectsReleased", 3.0))).isEqualTo(150.0);
	}

	@Test
	void worldClassOeeIsTheProductOfItsThreeFactors() {
		// Nakajima's world-class figures: 90 % × 95 % × 99.9 % = 85.4 %
		assertThat(Kpi.OEE.compute(Map.of("availability", 0.90, "performance", 0.95, "quality", 0.999)))
			.isCloseTo(85.4145, within(1e-9));
	}

	@Test
	void inventoryTurnsOverOnTheAverageOfOpeningAndClosingStock() {
		// 1 200 ÷ ((300 + 500) ÷ 2) = 3 turns
		assertThat(Kpi.INVENTORY_TURNOVER
			.compute(Map.of("costOfGoodsSold", 1200.0, "openingInventory", 300.0, "closingInventory", 500.0)))
			.isEqualTo(3.0);
	}

	@Test
	void dataQualityIsTheMeanOfItsFourDimensions() {
		// (0.98 + 0.90 + 0.995 + 0.975) ÷ 4 = 0.9625
		assertThat(Kpi.DATA_QUALITY
			.compute(Map.of("completeness", 0.98, "timeliness", 0.90, "validity", 0.995, "consistency", 0.975)))
			.isCloseTo(96.25, within(1e-9));
	}

	@Test
	void everyBadInputIsNamedAtOnce() {
		assertThatExceptionOfType(KpiInputProblem.class)
			.isThrownBy(() -> Kpi.CUSTOMER_SATISFACTION.compute(Map.of("responses", 0.0, "happy", 3.0)))
			.satisfies((p) -> assertThat(p.issues())
				.extracting(KpiInputProblem.Issue::input, KpiInputProblem.Issue::reason)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("happy", "unknown"),
						org.assertj.core.groups.Tuple.tuple("satisfiedResponses", "missing"),
						org.assertj.core.groups.Tuple.tuple("responses", "out-of-range")));
		assertThatExceptionOfType(KpiInputProblem.class)
			.isThrownBy(() -> Kpi.OEE.compute(Map.of("availability", 1.2, "performance", 0.9, "quality", Double.NaN)))
			.satisfies((p) -> assertThat(p.issues()).extracting(KpiInputProblem.Issue::input)
				.containsExactlyInAnyOrder("availability", "quality"));
	}

	@Test
	void contradictingInputsAreRefused() {
		assertThatExceptionOfType(KpiInputProblem.class)
			.isThrownBy(() -> Kpi.CUSTOMER_SATISFACTION.compute(Map.of("satisfiedResponses", 11.0, "responses", 10.0)))
			.satisfies((p) -> assertThat(p.issues().get(0).reason()).isEqualTo("exceeds-responses"));
		assertThatExceptionOfType(KpiInputProblem.class).isThrownBy(
				() -> Kpi.STANDARDS_CONFORMANCE.compute(Map.of("standardsMet", 5.0, "standardsApplicable", 4.0)));
		assertThatExceptionOfType(KpiInputProblem.class).isThrownBy(() -> Kpi.INVENTORY_TURNOVER
			.compute(Map.of("costOfGoodsSold", 10.0, "openingInventory", 0.0, "closingInventory", 0.0)));
		// exactly every answer satisfied is fine
		assertThat(Kpi.CUSTOMER_SATISFACTION.compute(Map.of("satisfiedResponses", 10.0, "responses", 10.0)))
			.isEqualTo(100.0);
	}

	@Test
	void susScoresFromZeroToAHundred() {
		// all neutral: 5 × 2 + 5 × 2 = 20 → 50
		assertThat(SystemUsabilityScale.score(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 3))).isEqualTo(50.0);
		assertThat(SystemUsabilityScale.score(List.of(5, 1, 5, 1, 5, 1, 5, 1, 5, 1))).isEqualTo(100.0);
		assertThat(SystemUsabilityScale.score(List.of(1, 5, 1, 5, 1, 5, 1, 5, 1, 5))).isEqualTo(0.0);
		// odd statements 4,4,5,4,4 → 3+3+4+3+3 = 16; even 2,1,2,2,1 → 3+4+3+3+4 = 17; 33
		// × 2.5
		assertThat(SystemUsabilityScale.score(List.of(4, 2, 4, 1, 5, 2, 4, 2, 4, 1))).isEqualTo(82.5);
		assertThatIllegalArgumentException().isThrownBy(() -> SystemUsabilityScale.score(List.of(3, 3, 3)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SystemUsabilityScale.score(List.of(3, 3, 3, 3, 3, 3, 3, 3, 3, 6)));
	}

	@Test
	void aShorterDevelopmentCycleIsAnImprovement() {
		Change shorter = Change.of(Kpi.RD_CYCLE, 180, 150);
		assertThat(shorter.improved()).isTrue();
		assertThat(shorter.relative()).isCloseTo(-1.0 / 6, within(1e-12));
		assertThat(Change.of(Kpi.OEE, 60, 60).improved()).isFalse();
		assertThat(Change.of(Kpi.PROFIT_MARGIN, -5, 2).relative()).isCloseTo(1.4, within(1e-12));
		assertThat(Change.of(Kpi.REVENUE_GROWTH, 0, 5).relative()).isNaN();
	}

	@Test
	void everyKpiHasAStableCode() {
		for (Kpi kpi : Kpi.values()) {
			assertThat(Kpi.ofCode(kpi.code())).contains(kpi);
		}
		assertThat(Kpi.DATA_QUALITY.code()).isEqualTo("data-quality");
	}

}
