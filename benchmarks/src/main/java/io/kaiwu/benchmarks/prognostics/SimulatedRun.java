package io.kaiwu.benchmarks.prognostics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.kaiwu.health.kernel.Assessment;
import io.kaiwu.health.kernel.HealthMonitor;
import io.kaiwu.health.kernel.HealthSettings;
import io.kaiwu.health.kernel.Prognosis;
import io.kaiwu.simulator.Fault;
import io.kaiwu.simulator.FaultKind;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.VirtualFactory;
import org.jspecify.annotations.Nullable;

/**
 * One run of the demo plant: its CNC machines watched by Kaiwu's health monitor and by
 * the baseline alert, sampled every 10 s of plant time.
 */
final class SimulatedRun {

	static final Duration STEP = Duration.ofSeconds(10);

	/** A Monday 08:00 in Shanghai: the day shift begins. */
	static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

	/** The ISO 10816-1 class I boundary between zones C and D: damage may occur. */
	static final double ISO_ALERT = 4.5;

	/** How long the ISO alert must hold, to ride through single spikes. */
	static final Duration ISO_HOLD = Duration.ofMinutes(2);

	enum Method {

		KAIWU, ISO_ALERT

	}

	/**
	 * What a run showed.
	 *
	 * @param seed the plant's seed
	 * @param fault the injected fault; {@literal null} in a fault-free run
	 * @param breakdown when the faulty machine broke down; {@literal null} without fault
	 * @param end when the run ended
	 * @param machines per CNC machine, the first warning of each method
	 */
	record Outcome(long seed, @Nullable Fault fault, @Nullable Instant breakdown, Instant end,
			Map<String, Watch> machines) {
	}

	/**
	 * One machine in one run.
	 *
	 * @param kaiwu when Kaiwu's monitor first warned; {@literal null}: never
	 * @param prognosis its remaining-life estimate at that moment
	 * @param isoAlert when the baseline alert first fired; {@literal null}: never
	 */
	record Watch(@Nullable Instant kaiwu, @Nullable Prognosis prognosis, @Nullable Instant isoAlert) {

		@Nullable Instant warning(Method method) {
			return (method == Method.KAIWU) ? this.kaiwu : this.isoAlert;
		}

	}

	private SimulatedRun() {
	}

	static Outcome of(long seed, boolean faulty, HealthSettings settings) {
		VirtualFactory plant = VirtualFactory.demoPlant(seed, START, false);
		SplittableRandom random = new SplittableRandom(seed * 31 + 7);
		// the fault begins 1.5–6 h into the run, after the monitors have learnt
		Instant onset = START.plus(Duration.ofMinutes(90 + random.nextInt(271)));
		// a fault-free run lasts as long as the longest faulty one could
		Instant end = onset.plus(Duration.ofHours(12));
		Map<String, Machine> machines = new LinkedHashMap<>();
		@Nullable Fault fault = null;
		@Nullable Instant breakdown = null;
		while (plant.now().isBefore(end)) {
			List<Sample> samples = plant.tick(STEP);
			for (Sample sample : samples) {
				if (sample.deviceKey().startsWith("demo-cnc-")) {
					machines.computeIfAbsent(sample.deviceKey(), (k) -> new Machine(settings)).accept(sample);
				}
			}
			if (faulty && fault == null && !plant.now().isBefore(onset)) {
				fault = plant.trigger(FaultKind.BEARING_WEAR);
				breakdown = fault.start()
					.plusMillis(Math.round(fault.parameters().get("hoursToBreakdown") * 3_600_000));
				end = breakdown;
			}
		}
		Map<String, Watch> watches = new LinkedHashMap<>();
		machines.forEach((key, machine) -> watches.put(key, machine.watch()));
		return new Outcome(seed, fault, breakdown, plant.now(), watches);
	}

	/** A CNC machine watched by both methods. */
	private static final class Machine {

		private final HealthMonitor monitor;

		private @Nullable Assessment warned;

		private @Nullable Instant aboveSince;

		private @Nullable Instant isoAlert;

		Machine(HealthSettings settings) {
			this.monitor = new HealthMonitor(settings);
		}

		void accept(Sample sample) {
			boolean running = "running".equals(sample.values().get("state"));
			double vibration = number(sample, "vibrationRms");
			Assessment a = this.monitor.accept(sample.at(), running, vibration, number(sample, "temperature"),
					number(sample, "spindleLoad"));
			if (this.warned == null && a.warnsNow()) {
				this.warned = a;
			}
			if (running && vibration > ISO_ALERT) {
				if (this.aboveSince == null) {
					this.aboveSince = sample.at();
				}
				if (this.isoAlert == null && Duration.between(this.aboveSince, sample.at()).compareTo(ISO_HOLD) >= 0) {
					this.isoAlert = sample.at();
				}
			}
			else {
				this.aboveSince = null;
			}
		}

		Watch watch() {
			Assessment w = this.warned;
			return new Watch((w == null) ? null : w.at(), (w == null) ? null : w.prognosis(), this.isoAlert);
		}

		private static double number(Sample sample, String property) {
			Object value = sample.values().get(property);
			return (value instanceof Number n) ? n.doubleValue() : Double.NaN;
		}

	}

}
