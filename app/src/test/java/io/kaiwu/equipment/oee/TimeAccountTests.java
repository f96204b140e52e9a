package io.kaiwu.equipment.oee;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.equipment.MachineState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeAccountTests {

	private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

	private static Instant min(long minutes) {
		return T0.plus(Duration.ofMinutes(minutes));
	}

	@Test
	void statesOutsideTheWorkingWindowsDoNotCountAndUnrecordedTimeIsLeftOut() {
		// working 0–60 and 90–150 (a 30 min break between)
		List<TimeAccount.Window> windows = List.of(new TimeAccount.Window(min(0), min(60)),
				new TimeAccount.Window(min(90), min(150)));
		List<TimeAccount.StateSpan> states = List.of(new TimeAccount.StateSpan(MachineState.RUNNING, min(10), min(70)),
				new TimeAccount.StateSpan(MachineState.DOWN, min(70), min(100)),
				new TimeAccount.StateSpan(MachineState.DOWN, min(100), min(102)),
				new TimeAccount.StateSpan(MachineState.PLANNED_STOP, min(102), min(112)),
				new TimeAccount.StateSpan(MachineState.RUNNING, min(112), min(150)));
		TimeAccount account = TimeAccount.of(windows, states, Duration.ofMinutes(5));
		assertThat(account.working()).isEqualTo(Duration.ofMinutes(120));
		// nothing recorded 0–10
		assertThat(account.unrecorded()).isEqualTo(Duration.ofMinutes(10));
		// the 30 min stop lies 10 min inside working time; the 2 min stop is minor
		assertThat(account.breakdowns()).isEqualTo(Duration.ofMinutes(10));
		assertThat(account.minorStops()).isEqualTo(Duration.ofMinutes(2));
		assertThat(account.plannedStop()).isEqualTo(Duration.ofMinutes(10));
		assertThat(account.running()).isEqualTo(Duration.ofMinutes(50 + 38));
		assertThat(account.plannedProduction()).isEqualTo(Duration.ofMinutes(100));
	}

	@Test
	void aLinesOeeIsTimeWeightedOverItsMachines() {
		// A: 100 min planned, 80 run, 1 min cycle, 60 parts, all good
		// B: 300 min planned, 300 run, 0.5 min cycle, 500 parts, 20 rejects
		ProductionPeriod a = ProductionPeriod.of(Duration.ofMinutes(100), Duration.ofMinutes(20), Duration.ofMinutes(1),
				60, 0);
		ProductionPeriod b = ProductionPeriod.of(Duration.ofMinutes(300), Duration.ZERO, Duration.ofSeconds(30), 500,
				20);
		Oee line = CombinedOee.of(List.of(a, b));
		assertThat(line.availability()).isCloseTo(380.0 / 400, within(1e-12));
		assertThat(line.performance()).isCloseTo((60 + 250) / 380.0, within(1e-12));
		// ideal time of good parts over ideal time of all: (60 + 240) / (60 + 250)
		assertThat(line.quality()).isCloseTo(300.0 / 310, within(1e-12));
		// = fully productive time / planned: (60 + 0.5 × 480) / 400
		assertThat(line.oee()).isCloseTo(300.0 / 400, within(1e-12));
		assertThat(line.losses().equipmentFailure()).isCloseTo(20, within(1e-12));
	}

}
