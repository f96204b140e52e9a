package io.kaiwu.simulator;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static io.kaiwu.simulator.PlantRun.monday;
import static org.assertj.core.api.Assertions.assertThat;

/** Machines work the shifts and stand at the breaks. */
class ShiftPatternTests {

	@Test
	void theShiftsHaveTheirBreaks() {
		ShiftPattern shifts = ShiftPattern.TWO_SHIFTS;
		assertThat(shifts.isBreak(monday(12, 0))).isTrue();
		assertThat(shifts.isBreak(monday(12, 29))).isTrue();
		assertThat(shifts.isBreak(monday(12, 30))).isFalse();
		assertThat(shifts.isBreak(monday(0, 15))).isTrue();
		assertThat(shifts.isBreak(monday(10, 5))).isTrue();
		assertThat(shifts.isBreak(monday(9, 0))).isFalse();
		assertThat(shifts.isDayShift(monday(8, 0))).isTrue();
		assertThat(shifts.isDayShift(monday(20, 0))).isFalse();
	}

	@Test
	void machinesRunDuringTheShiftAndStandAtTheMealBreak() {
		VirtualFactory plant = VirtualFactory.demoPlant(11, PlantRun.MONDAY_6AM, false);
		PlantRun.runUntil(plant, monday(8, 30));
		int running = 0;
		int samples = 0;
		for (int minute = 0; minute < 60; minute++) {
			for (Sample sample : plant.tick(Duration.ofMinutes(1))) {
				if (sample.deviceKey().startsWith("demo-cnc-")) {
					samples++;
					running += "running".equals(sample.values().get("state")) ? 1 : 0;
				}
			}
		}
		assertThat((double) running / samples).as("share of CNC minutes running").isGreaterThan(0.4);

		PlantRun.runUntil(plant, monday(12, 1));
		List<Sample> start = plant.tick(Duration.ofSeconds(1));
		for (int minute = 0; minute < 27; minute++) {
			for (Sample sample : plant.tick(Duration.ofMinutes(1))) {
				if (sample.deviceKey().startsWith("demo-cnc-")) {
					assertThat(sample.values().get("state")).as(sample.deviceKey() + " at " + sample.at())
						.isIn("idle", "down");
					assertThat(sample.values().get("spindleSpeed")).isEqualTo(0.0);
				}
				if (sample.deviceKey().startsWith("demo-imm-")) {
					assertThat(sample.values().get("shotCounter")).as(sample.deviceKey() + " makes no shots")
						.isEqualTo(PlantRun.values(start, sample.deviceKey()).get("shotCounter"));
				}
			}
		}
	}

}
