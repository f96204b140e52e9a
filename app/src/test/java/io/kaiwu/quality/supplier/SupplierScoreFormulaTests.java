package io.kaiwu.quality.supplier;

import java.util.UUID;

import io.kaiwu.quality.SupplierQuality.Component;
import io.kaiwu.quality.SupplierQuality.Score;
import io.kaiwu.quality.supplier.scoring.SupplierScoreFormula;
import io.kaiwu.quality.supplier.scoring.SupplierScoreFormula.Inputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SupplierScoreFormulaTests {

	private static final UUID SUPPLIER = UUID.randomUUID();

	/**
	 * Worked by hand: 18 of 20 lots accepted → 90; 3 of 2,000 units rejected = 1,500 PPM
	 * → 100 × (1 − 0.15) = 85; one major and one minor NCR = 4 weighted → 100 − 20 = 80;
	 * one of two 8Ds on time → 50. Score = 0.4 × 90 + 0.3 × 85 + 0.2 × 80 + 0.1 × 50 = 36
	 * + 25.5 + 16 + 5 = 82.5.
	 */
	@Test
	void weighsTheFourPartsAsDocumented() {
		Score score = SupplierScoreFormula.score(SUPPLIER, new Inputs(20, 18, 2000, 3, 1, 1, 0, 2, 1));
		assertThat(score.ppm()).isCloseTo(1500.0, within(1e-9));
		assertThat(score.components()).extracting(Component::points).containsExactly(90.0, 85.0, 80.0, 50.0);
		assertThat(score.score()).isCloseTo(82.5, within(1e-9));
	}

	/**
	 * Without an 8D due its weight is shared: (40 × 100 + 30 × 100 + 20 × 100) / 90 = 100
	 * for a clean supplier; with 2 of 10 lots rejected and 5,000 PPM: (40 × 80 + 30 × 50
	 * + 20 × 100) / 90 = 6,700 / 90 = 74.44.
	 */
	@Test
	void sharesTheWeightOfAPartWithoutData() {
		assertThat(SupplierScoreFormula.score(SUPPLIER, new Inputs(10, 10, 500, 0, 0, 0, 0, 0, 0)).score())
			.isCloseTo(100.0, within(1e-9));
		assertThat(SupplierScoreFormula.score(SUPPLIER, new Inputs(10, 8, 1000, 5, 0, 0, 0, 0, 0)).score())
			.isCloseTo(74.444, within(0.001));
	}

	@Test
	void bottomsOutAtZeroForHighPpmAndManyNcrs() {
		Score score = SupplierScoreFormula.score(SUPPLIER, new Inputs(1, 0, 100, 50, 0, 0, 2, 1, 0));
		// 500,000 PPM, two critical NCRs = 20 weighted → 0, the late 8D → 0
		assertThat(score.components()).extracting(Component::points).containsExactly(0.0, 0.0, 0.0, 0.0);
		assertThat(score.score()).isZero();
	}

	@Test
	void hasNoScoreWithoutData() {
		Score score = SupplierScoreFormula.score(SUPPLIER, new Inputs(0, 0, 0, 0, 0, 0, 0, 0, 0));
		assertThat(score.score()).isNull();
		assertThat(score.ppm()).isNull();
	}

	@Test
	void scoresASupplierKnownOnlyByItsNcrs() {
		// one critical NCR, no inspections: NCR part 100 − 50 = 50 carries all the weight
		assertThat(SupplierScoreFormula.score(SUPPLIER, new Inputs(0, 0, 0, 0, 0, 0, 1, 0, 0)).score()).isCloseTo(50.0,
				within(1e-9));
	}

}
