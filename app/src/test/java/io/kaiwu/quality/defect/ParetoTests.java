package io.kaiwu.quality.defect;

import java.util.List;

import io.kaiwu.quality.defect.kernel.Pareto;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ParetoTests {

	/**
	 * The example of R's qcc::pareto.chart: defects 80, 27, 66, 94, 33 for price code,
	 * schedule date, supplier code, contact num. and part num. Worked by hand: total 300;
	 * sorted 94, 80, 66, 33, 27; cumulative 94/300 = 31.33 %, 174/300 = 58 %, 240/300 =
	 * 80 %, 273/300 = 91 %, 100 %.
	 */
	@Test
	void sortsTheQccExampleAndCutsAtEightyPercent() {
		Pareto pareto = Pareto.of(List.of(new Pareto.Category("1", "price code", 80),
				new Pareto.Category("2", "schedule date", 27), new Pareto.Category("3", "supplier code", 66),
				new Pareto.Category("4", "contact num.", 94), new Pareto.Category("5", "part num.", 33)));

		assertThat(pareto.total()).isEqualTo(300);
		assertThat(pareto.bars()).extracting(Pareto.Bar::label)
			.containsExactly("contact num.", "price code", "supplier code", "part num.", "schedule date");
		assertThat(pareto.bars()).extracting(Pareto.Bar::count).containsExactly(94L, 80L, 66L, 33L, 27L);
		assertThat(pareto.bars().get(0).percent()).isCloseTo(31.333, within(0.001));
		assertThat(pareto.bars()).extracting(Pareto.Bar::cumulativePercent)
			.satisfiesExactly((c) -> assertThat(c).isCloseTo(31.333, within(0.001)),
					(c) -> assertThat(c).isCloseTo(58.0, within(1e-9)),
					(c) -> assertThat(c).isCloseTo(80.0, within(1e-9)),
					(c) -> assertThat(c).isCloseTo(91.0, within(1e-9)),
					(c) -> assertThat(c).isCloseTo(100.0, within(1e-9)));
		// the first three make exactly 80 %: they are the vital few, the rest trivial
		assertThat(pareto.bars()).extracting(Pareto.Bar::vitalFew).containsExactly(true, true, true, false, false);
	}

	@Test
	void countsTheCategoryThatCrossesEightyPercentAmongTheVitalFew() {
		// 50 + 25 = 75 % < 80 %, so the third (reaching 90 %) is still needed
		Pareto pareto = Pareto.of(List.of(new Pareto.Category("a", "A", 50), new Pareto.Category("b", "B", 25),
				new Pareto.Category("c", "C", 15), new Pareto.Category("d", "D", 10)));
		assertThat(pareto.bars()).extracting(Pareto.Bar::vitalFew).containsExactly(true, true, true, false);
	}

	@Test
	void answersNothingForNoDefects() {
		assertThat(Pareto.of(List.of()).bars()).isEmpty();
		assertThat(Pareto.of(List.of()).total()).isZero();
	}

	@Test
	void refusesNegativeCounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Pareto.of(List.of(new Pareto.Category("a", "A", -1))));
	}

}
