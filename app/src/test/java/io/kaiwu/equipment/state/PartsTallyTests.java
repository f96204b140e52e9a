package io.kaiwu.equipment.state;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartsTallyTests {

	private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	@Test
	void countsAreSummedPerMinuteAndReportedWhenTheNextMinuteBegins() {
		PartsTally tally = new PartsTally();
		assertThat(tally.count(T0.plusSeconds(5), 100L, 3L)).isEmpty();
		assertThat(tally.count(T0.plusSeconds(20), 104L, 3L)).isEmpty();
		assertThat(tally.count(T0.plusSeconds(50), 110L, 4L)).isEmpty();
		PartsTally.Tally first = tally.count(T0.plusSeconds(65), 112L, 4L).orElseThrow();
		assertThat(first).isEqualTo(new PartsTally.Tally(T0, T0.plusSeconds(60), 10, 1));
		assertThat(tally.close()).contains(new PartsTally.Tally(T0.plusSeconds(60), T0.plusSeconds(120), 2, 0));
	}

	@Test
	void aResetCountsTheNewReadingAndALateReadingIsSkipped() {
		PartsTally tally = new PartsTally();
		tally.count(T0, 500L, null);
		tally.count(T0.plusSeconds(10), 510L, null);
		// a late message: 505 would look like a reset
		tally.count(T0.plusSeconds(5), 505L, null);
		// the counter was reset at the shift change
		tally.count(T0.plusSeconds(20), 7L, null);
		assertThat(tally.close()).contains(new PartsTally.Tally(T0, T0.plusSeconds(60), 17, 0));
	}

	@Test
	void aMinuteWithoutPartsIsNotReported() {
		PartsTally tally = new PartsTally();
		tally.count(T0, 42L, 0L);
		assertThat(tally.count(T0.plusSeconds(61), 42L, 0L)).isEmpty();
		assertThat(tally.close()).isEmpty();
	}

}
