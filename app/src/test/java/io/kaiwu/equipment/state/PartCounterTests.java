package io.kaiwu.equipment.state;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A running counter becomes parts made, also across a reset. */
class PartCounterTests {

	@Test
	void theFirstReadingIsTheBaselineAndLaterOnesCountTheIncrease() {
		PartCounter good = new PartCounter();

		assertThat(good.advance(1200)).isZero();
		assertThat(good.advance(1205)).isEqualTo(5);
		assertThat(good.advance(1205)).isZero();
	}

	@Test
	void aCounterThatWentDownWasResetAndCountsFromZero() {
		PartCounter good = new PartCounter();
		good.advance(9_998);

		assertThat(good.advance(3)).isEqualTo(3);
		assertThat(good.advance(10)).isEqualTo(7);
	}

}
