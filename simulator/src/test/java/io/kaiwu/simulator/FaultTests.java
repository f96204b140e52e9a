package io.kaiwu.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static io.kaiwu.simulator.PlantRun.MONDAY_6AM;
import static io.kaiwu.simulator.PlantRun.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The injected faults show the signatures docs/simulator.md describes. */
class FaultTests {

	@Test
	void aWornBearingVibratesAndHeatsMoreAndMoreUntilTheMachineBreaksDown() {
		VirtualFactory plant = VirtualFactory.demoPlant(5, MONDAY_6AM, false);
		PlantRun.runUntil(plant, MONDAY_6AM.plus(Duration.ofHours(1)));
		Fault wear = plant.trigger(FaultKind.BEARING_WEAR, "demo-cnc-02");
		double hours = wear.parameters().get("hoursToBreakdown");
		assertThat(hours).isBetween(4.0, 12.0);
		assertThat(wear.parameters().get("vibrationRise")).isBetween(6.0, 12.0);
		assertThat(wear.parameters().get("temperatureRise")).isBetween(12.0, 25.0);
		double repair = wear.parameters().get("repairHours");
		assertThat(repair).isBetween(2.0, 6.0);
		Instant breakdown = wear.start().plusSeconds(Math.round(hours * 3600));

		List<Sample> samples = PlantRun.record(plant, "demo-cnc-02",
				Duration.ofSeconds(Math.round((hours + repair + 3) * 3600)));
		List<Sample> firstHour = between(samples, wear.start(), wear.start().plus(Duration.ofHours(1)));
		List<Sample> lastHour = between(samples, breakdown.minus(Duration.ofHours(1)), breakdown);
		assertThat(maxRunning(lastHour, "vibrationRms")).isGreaterThan(maxRunning(firstHour, "vibrationRms") + 2.5);
		assertThat(maxRunning(lastHour, "temperature")).isGreaterThan(maxRunning(firstHour, "temperature") + 4);
		assertThat(plant.activeFaults()).isEmpty();

		List<Sample> repairs = between(samples, breakdown.plusSeconds(60),
				breakdown.plusSeconds(Math.round(repair * 3600) - 60));
		assertThat(repairs).isNotEmpty().allSatisfy((s) -> {
			assertThat(s.values().get("state")).isEqualTo("down");
			assertThat(s.values().get("spindleSpeed")).isEqualTo(0.0);
		});
		List<Sample> repaired = between(samples, breakdown.plusSeconds(Math.round(repair * 3600) + 60), plant.now());
		assertThat(repaired).anySatisfy((s) -> assertThat(s.values().get("state")).isEqualTo("running"));
		assertThat(maxRunning(repaired, "vibrationRms")).as("a new bearing").isLessThan(3.0);
	}

	@Test
	void anAirLeakRaisesTheCompressorsFlowAndPowerAtTheSamePressure() {
		VirtualFactory tight = VirtualFactory.demoPlant(9, MONDAY_6AM, false);
		VirtualFactory leaking = VirtualFactory.demoPlant(9, MONDAY_6AM, false);
		PlantRun.runUntil(tight, MONDAY_6AM.plus(Duration.ofHours(3)));
		PlantRun.runUntil(leaking, MONDAY_6AM.plus(Duration.ofHours(3)));
		Fault leak = leaking.trigger(FaultKind.AIR_LEAK);
		assertThat(leak.deviceKey()).isEqualTo("demo-compressor-01");
		double flow = leak.parameters().get("leakFlow");
		assertThat(flow).isBetween(0.6, 2.0);
		assertThat(leak.parameters().get("hours")).isBetween(8.0, 48.0);
		PlantRun.runUntil(tight, tight.now().plus(Duration.ofMinutes(15)));
		PlantRun.runUntil(leaking, leaking.now().plus(Duration.ofMinutes(15)));
		List<Sample> without = PlantRun.record(tight, "demo-compressor-01", Duration.ofHours(4));
		List<Sample> with = PlantRun.record(leaking, "demo-compressor-01", Duration.ofHours(4));
		for (int i = 0; i < with.size(); i++) {
			Sample w = with.get(i);
			Sample o = without.get(i);
			assertThat(number(w, "pressure")).isEqualTo(number(o, "pressure"));
			assertThat(number(w, "airFlow") - number(o, "airFlow")).isCloseTo(flow,
					org.assertj.core.data.Offset.offset(0.1 + 0.03 * flow));
			assertThat(number(w, "powerKw") - number(o, "powerKw")).isCloseTo(6.2 * flow,
					org.assertj.core.data.Offset.offset(1.0));
		}
	}

	@Test
	void aGasLeakRisesAtOneDetectorAndClears() {
		VirtualFactory plant = VirtualFactory.demoPlant(3, MONDAY_6AM, false);
		plant.tick(Duration.ofMinutes(10));
		Fault leak = plant.trigger(FaultKind.GAS_LEAK, "demo-gasdet-02");
		double rise = leak.parameters().get("riseMinutes");
		double co = leak.parameters().get("coPeak");
		double lel = leak.parameters().get("lelPeak");
		assertThat(co).isBetween(40.0, 150.0);
		assertThat(leak.parameters().get("h2sPeak")).isBetween(5.0, 20.0);
		assertThat(lel).isBetween(15.0, 45.0);
		PlantRun.runUntil(plant, leak.start().plusSeconds(Math.round(rise * 60) + 60));
		List<Sample> peak = plant.tick(Duration.ofSeconds(1));
		assertThat(number(sample(peak, "demo-gasdet-02"), "coPpm")).isGreaterThan(co * 0.9);
		assertThat(number(sample(peak, "demo-gasdet-02"), "lelPercent")).isGreaterThan(lel * 0.9);
		assertThat(number(sample(peak, "demo-gasdet-02"), "h2sPpm")).isGreaterThan(4.0);
		assertThat(number(sample(peak, "demo-gasdet-01"), "coPpm")).isLessThan(5.0);
		assertThat(number(sample(peak, "demo-gasdet-03"), "lelPercent")).isLessThan(2.0);
		PlantRun.runUntil(plant, leak.start().plus(Duration.ofHours(3)));
		List<Sample> after = plant.tick(Duration.ofSeconds(1));
		assertThat(number(sample(after, "demo-gasdet-02"), "coPpm")).isLessThan(5.0);
		assertThat(plant.activeFaults()).isEmpty();
	}

	@Test
	void aStackExceedanceLiftsSulphurDioxideAndNitrogenOxidesOverTheBoilerLimits() {
		VirtualFactory plant = VirtualFactory.demoPlant(4, MONDAY_6AM, false);
		List<Sample> before = PlantRun.record(plant, "demo-stack-01", Duration.ofHours(2));
		assertThat(before).allSatisfy((s) -> {
			assertThat(number(s, "so2")).isLessThan(StackMonitor.SO2_LIMIT);
			assertThat(number(s, "nox")).isLessThan(StackMonitor.NOX_LIMIT);
			assertThat(number(s, "particulate")).isLessThan(StackMonitor.PARTICULATE_LIMIT);
		});
		Fault exceedance = plant.trigger(FaultKind.STACK_EXCEEDANCE);
		double minutes = exceedance.parameters().get("minutes");
		assertThat(minutes).isBetween(30.0, 120.0);
		assertThat(exceedance.parameters().get("so2Factor")).isBetween(1.1, 1.5);
		assertThat(exceedance.parameters().get("noxFactor")).isBetween(1.1, 1.6);
		PlantRun.runUntil(plant, exceedance.start().plus(Duration.ofMinutes(20)));
		List<Sample> during = PlantRun.record(plant, "demo-stack-01", Duration.ofMinutes(9));
		assertThat(during).allSatisfy((s) -> {
			assertThat(number(s, "so2")).isGreaterThan(StackMonitor.SO2_LIMIT);
			assertThat(number(s, "nox")).isGreaterThan(StackMonitor.NOX_LIMIT);
		});
		PlantRun.runUntil(plant, exceedance.start().plus(Duration.ofMinutes(Math.round(minutes) + 45)));
		List<Sample> after = PlantRun.record(plant, "demo-stack-01", Duration.ofMinutes(10));
		assertThat(after).allSatisfy((s) -> assertThat(number(s, "nox")).isLessThan(StackMonitor.NOX_LIMIT));
		assertThat(plant.activeFaults()).isEmpty();
	}

	@Test
	void theSeedSchedulesEveryKindOfFaultWithinADay() {
		VirtualFactory plant = VirtualFactory.demoPlant(21, MONDAY_6AM);
		PlantRun.runUntil(plant, MONDAY_6AM.plus(Duration.ofHours(24)));
		Set<FaultKind> kinds = EnumSet.noneOf(FaultKind.class);
		plant.faultHistory().forEach((f) -> kinds.add(f.kind()));
		assertThat(kinds).containsExactlyInAnyOrder(FaultKind.values());
		VirtualFactory again = VirtualFactory.demoPlant(21, MONDAY_6AM);
		PlantRun.runUntil(again, MONDAY_6AM.plus(Duration.ofHours(24)));
		assertThat(again.faultHistory()).isEqualTo(plant.faultHistory());
	}

	@Test
	void aFaultNeedsADeviceThatCanShowIt() {
		VirtualFactory plant = VirtualFactory.demoPlant(1, MONDAY_6AM);
		assertThatIllegalArgumentException().isThrownBy(() -> plant.trigger(FaultKind.BEARING_WEAR, "demo-imm-01"));
	}

	private static List<Sample> between(List<Sample> samples, Instant from, Instant to) {
		return samples.stream().filter((s) -> !s.at().isBefore(from) && s.at().isBefore(to)).toList();
	}

	private static double maxRunning(List<Sample> samples, String property) {
		return samples.stream()
			.filter((s) -> "running".equals(s.values().get("state")))
			.mapToDouble((s) -> number(s, property))
			.max()
			.orElseThrow();
	}

	private static Sample sample(List<Sample> samples, String key) {
		return samples.stream().filter((s) -> s.deviceKey().equals(key)).findFirst().orElseThrow();
	}

}
