package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kaiwu.energy.metering.ConsumptionInterval;
import io.kaiwu.energy.metering.IntervalStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdleRunningTests {

	static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

	@Test
	void theEnergyOfEachIntervalIsSharedByTimeAndAGapIsNotObserved() {
		// 00–01 20 kWh, 01–02 10 kWh, 02–03 missing, 03–04 8 kWh; the machine works
		// from 00:00, stands from 00:45, works again from 03:30
		List<ConsumptionInterval> intervals = List.of(counted(0, 60, "20"), counted(60, 120, "10"),
				new ConsumptionInterval(at(120), at(180), IntervalStatus.MISSING, null, null), counted(180, 240, "8"));
		List<StateChange> changes = List.of(new StateChange(at(210), false), new StateChange(at(0), false),
				new StateChange(at(45), true));
		IdleEnergy idle = IdleRunning.idleEnergy(intervals, changes);
		// 20 × 15/60 + 10 + (missing: nothing) + 8 × 30/60 = 5 + 10 + 4
		assertThat(idle.kWh()).isEqualByComparingTo("19");
		assertThat(idle.standing()).isEqualTo(Duration.ofMinutes(15 + 60 + 30));
		assertThat(idle.observed()).isEqualTo(Duration.ofHours(3));
		assertThat(idle.parts()).extracting(IdleEnergy.Part::start).containsExactly(at(45), at(60), at(180));
	}

	@Test
	void beforeTheFirstStateKnownTheMachineIsNotTakenToStand() {
		IdleEnergy idle = IdleRunning.idleEnergy(List.of(counted(0, 60, "12")), List.of());
		assertThat(idle.kWh()).isEqualByComparingTo("0");
		assertThat(idle.observed()).isEqualTo(Duration.ofHours(1));
		IdleEnergy fromHalfPast = IdleRunning.idleEnergy(List.of(counted(0, 60, "12")),
				List.of(new StateChange(at(30), true)));
		assertThat(fromHalfPast.kWh()).isEqualByComparingTo("6");
	}

	static ConsumptionInterval counted(int fromMinute, int toMinute, String kWh) {
		return new ConsumptionInterval(at(fromMinute), at(toMinute), IntervalStatus.MEASURED, new BigDecimal(kWh),
				null);
	}

	static Instant at(int minute) {
		return T0.plus(Duration.ofMinutes(minute));
	}

}
