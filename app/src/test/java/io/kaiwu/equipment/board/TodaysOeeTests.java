package io.kaiwu.equipment.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's OEE is computed once a minute per machine however often it is asked, and at
 * once on a new day.
 */
class TodaysOeeTests {

	private final TodaysOee<Integer> cache = new TodaysOee<>();

	private final AtomicInteger computed = new AtomicInteger();

	private final UUID machine = UUID.randomUUID();

	private final LocalDate day = LocalDate.of(2026, 3, 2);

	private final Instant t0 = Instant.parse("2026-03-02T02:00:00Z");

	private int ask(UUID machine, LocalDate day, Instant now) {
		return this.cache.get(machine, day, now, this.computed::incrementAndGet);
	}

	@Test
	void manyBoardsWithinAMinuteShareOneComputation() {
		assertThat(ask(this.machine, this.day, this.t0)).isEqualTo(1);
		for (int board = 0; board < 50; board++) {
			assertThat(ask(this.machine, this.day, this.t0.plusSeconds(59))).isEqualTo(1);
		}
		assertThat(this.computed).hasValue(1);
	}

	@Test
	void aMinuteLaterItIsComputedAgain() {
		ask(this.machine, this.day, this.t0);
		assertThat(ask(this.machine, this.day, this.t0.plusSeconds(60))).isEqualTo(2);
		assertThat(ask(this.machine, this.day, this.t0.plusSeconds(100))).isEqualTo(2);
	}

	@Test
	void aNewDayIsComputedAtOnce() {
		ask(this.machine, this.day, this.t0);
		assertThat(ask(this.machine, this.day.plusDays(1), this.t0.plusSeconds(5))).isEqualTo(2);
	}

	@Test
	void eachMachineHasItsOwn() {
		ask(this.machine, this.day, this.t0);
		assertThat(ask(UUID.randomUUID(), this.day, this.t0)).isEqualTo(2);
		assertThat(ask(this.machine, this.day, this.t0)).isEqualTo(1);
	}

}
