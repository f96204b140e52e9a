package io.kaiwu.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.kaiwu.simulator.PlantRun.MONDAY_6AM;
import static io.kaiwu.simulator.PlantRun.number;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators' commands change how the machines run; bad ones are refused with a reason.
 */
class CommandTests {

	@Test
	void aSpindleOverrideChangesSpeedAndLoad() {
		VirtualFactory normal = VirtualFactory.demoPlant(8, MONDAY_6AM, false);
		VirtualFactory fast = VirtualFactory.demoPlant(8, MONDAY_6AM, false);
		CommandSink.CommandOutcome outcome = fast.apply("demo-cnc-03", "setSpindleOverride", Map.of("percent", 120));
		assertThat(outcome.ok()).as(outcome.message()).isTrue();
		assertThat(outcome.message()).contains("120");
		List<Sample> base = PlantRun.record(normal, "demo-cnc-03", Duration.ofHours(3));
		List<Sample> faster = PlantRun.record(fast, "demo-cnc-03", Duration.ofHours(3));
		int compared = 0;
		for (int i = 0; i < base.size(); i++) {
			if ("running".equals(base.get(i).values().get("state"))) {
				assertThat(faster.get(i).values().get("state")).isEqualTo("running");
				assertThat(number(faster.get(i), "spindleSpeed") / number(base.get(i), "spindleSpeed")).isCloseTo(1.2,
						org.assertj.core.data.Offset.offset(0.03));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(30);
		double loadBase = base.stream().mapToDouble((s) -> number(s, "spindleLoad")).sum();
		double loadFaster = faster.stream().mapToDouble((s) -> number(s, "spindleLoad")).sum();
		assertThat(loadFaster / loadBase).isGreaterThan(1.2);
	}

	@Test
	void aCycleTimeTargetIsReachedWithinMinutes() {
		VirtualFactory plant = VirtualFactory.demoPlant(8, MONDAY_6AM, false);
		assertThat(plant.apply("demo-imm-02", "setCycleTimeTarget", Map.of("seconds", 22.5)).ok()).isTrue();
		List<Sample> samples = PlantRun.record(plant, "demo-imm-02", Duration.ofMinutes(20));
		assertThat(number(samples.get(samples.size() - 1), "cycleTime")).isCloseTo(22.5,
				org.assertj.core.data.Offset.offset(1.0));
	}

	@Test
	void badCommandsAreRefusedWithTheReason() {
		VirtualFactory plant = VirtualFactory.demoPlant(8, MONDAY_6AM);
		assertRefused(plant.apply("demo-cnc-01", "setSpindleOverride", Map.of("percent", 130)), "50 to 120");
		assertRefused(plant.apply("demo-cnc-01", "setSpindleOverride", Map.of("percent", 75.5)), "whole number");
		assertRefused(plant.apply("demo-cnc-01", "setSpindleOverride", Map.of("percent", "high")), "50 to 120");
		assertRefused(plant.apply("demo-cnc-01", "setSpindleOverride", Map.of()), "was null");
		assertRefused(plant.apply("demo-cnc-01", "selfDestruct", Map.of()), "no service selfDestruct");
		assertRefused(plant.apply("demo-imm-01", "setCycleTimeTarget", Map.of("seconds", 0.5)), "1 to 600");
		assertRefused(plant.apply("demo-pm-incomer", "setSpindleOverride", Map.of("percent", 100)), "no service");
		assertRefused(plant.apply("demo-nothing", "setSpindleOverride", Map.of("percent", 100)), "no device");
	}

	private static void assertRefused(CommandSink.CommandOutcome outcome, String reason) {
		assertThat(outcome.ok()).isFalse();
		assertThat(outcome.message()).contains(reason);
	}

}
