package io.kaiwu.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.kaiwu.benchmarks.mqtt.DeviceLoad;
import io.kaiwu.benchmarks.mqtt.KaiwuProcess;

/**
 * MQTT ingest with and without alarm rules, in one run of one Kaiwu process
 * ({@code app/target/kaiwu-exec.jar} on the embedded default): 1,000 devices publish QoS
 * 1 messages of ten values, each carrying the time it is sent. Window 1 runs without
 * rules; then every device gets one threshold rule (1,000 rules) and window 2 runs; then
 * the rules are deleted and window 3 runs again without, to show drift. Each device's
 * values walk slowly through 0–99.99, so each rule raises and clears an alarm about every
 * 1,400 messages of its device. Kaiwu's own timer {@code kaiwu.alarm.raise.delay} (from a
 * value's timestamp to its alarm stored) gives the time from publish to alarm raised.
 * Never part of the test suite.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.kaiwu.benchmarks.AlarmRulesIngestBenchmark
 * [--devices 1000] [--firing 100] [--warmup 30] [--steady-warmup 120] [--seconds 60] [--in-flight 4]
 * [--jar app/target/kaiwu-exec.jar]}
 */
public final class AlarmRulesIngestBenchmark {

	/** A firing rule fires above this: 0.5 % of a property's values. */
	private static final double LIMIT = 99.5;

	/** The other rules' limit, above every value sent (0–99.99). */
	private static final double NEVER = 150;

	private AlarmRulesIngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int devices = 1000;
		Duration warmUp = Duration.ofSeconds(30);
		Duration measure = Duration.ofSeconds(60);
		// Kaiwu's percentiles cover about the last two minutes: a longer warm-up keeps
		// the
		// cold start of the rules (reported apart) out of the steady figure
		Duration steadyWarmUp = Duration.ofSeconds(120);
		int inFlight = 4;
		// how many of the rules can fire; the others have a limit their values never
		// reach
		int firing = 100;
		Path jar = Path.of("app/target/kaiwu-exec.jar");
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
				case "--devices" -> devices = Integer.parseInt(args[i + 1]);
				case "--warmup" -> warmUp = Duration.ofSeconds(Long.parseLong(args[i + 1]));
				case "--steady-warmup" -> steadyWarmUp = Duration.ofSeconds(Long.parseLong(args[i + 1]));
				case "--seconds" -> measure = Duration.ofSeconds(Long.parseLong(args[i + 1]));
				case "--firing" -> firing = Integer.parseInt(args[i + 1]);
				case "--in-flight" -> inFlight = Integer.parseInt(args[i + 1]);
				case "--jar" -> jar = Path.of(args[i + 1]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		Path dir = Files.createTempDirectory("kaiwu-rules-bench");
		System.out.printf(Locale.ROOT,
				"Alarm rules ingest benchmark %s: %d devices, QoS 1, %d values per message, %d in flight per"
						+ " connection, warm-up %d s, measured %d s per window; %d cores, Java %s%n",
				Instant.now(), devices, DeviceLoad.VALUES, inFlight, warmUp.toSeconds(), measure.toSeconds(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		try (KaiwuProcess kaiwu = KaiwuProcess.start(jar, dir, List.of())) {
			kaiwu.signIn();
			List<DeviceLoad.Device> registered = kaiwu.createDevices(devices);
			try (DeviceLoad load = new DeviceLoad(registered, "127.0.0.1", kaiwu.mqttPort(), 2, true)) {
				load.connect();
				DeviceLoad.Result off = window(load, warmUp, measure, inFlight);
				System.out.println(describe("1. rules off", off));

				long started = System.nanoTime();
				List<String> rules = kaiwu.createRules(registered, LIMIT, firing, NEVER);
				System.out.printf(Locale.ROOT, "%d rules created in %.1f s%n", rules.size(),
						(System.nanoTime() - started) / 1e9);
				long alarmsBefore = kaiwu.alarmCount();
				int rate = (int) Math.round(off.messagesPerSecond() / 2);
				double droppedBefore = kaiwu.prometheus("kaiwu_alarm_evaluation_dropped_total");
				DeviceLoad.Result steady = load.runAtRate(steadyWarmUp, measure, rate);
				double p50 = kaiwu.prometheus("kaiwu_alarm_raise_delay_seconds{quantile=\"0.5\"}") * 1000;
				double p99 = kaiwu.prometheus("kaiwu_alarm_raise_delay_seconds{quantile=\"0.99\"}") * 1000;
				double max = kaiwu.prometheus("kaiwu_alarm_raise_delay_seconds_max") * 1000;
				double droppedSteady = kaiwu.prometheus("kaiwu_alarm_evaluation_dropped_total");
				System.out.println(describe("2a. rules on, open loop at " + rate
						+ " messages/s (half of window 1): latency at a steady load", steady));
				System.out.printf(Locale.ROOT,
						"   publish -> alarm stored p50 %.1f ms, p99 %.1f ms, max %.1f ms (Kaiwu's timer, about the last"
								+ " 2 minutes); batches not evaluated (queue full) in this window, cold start included: %.0f%n",
						p50, p99, max, droppedSteady - droppedBefore);
				DeviceLoad.Result on = window(load, warmUp, measure, inFlight);
				long alarms = kaiwu.alarmCount() - alarmsBefore;
				double p99Saturated = kaiwu.prometheus("kaiwu_alarm_raise_delay_seconds{quantile=\"0.99\"}") * 1000;
				double dropped = kaiwu.prometheus("kaiwu_alarm_evaluation_dropped_total");
				System.out.println(describe("2b. rules on (" + rules.size() + " threshold rules, " + firing
						+ " of them firing), closed loop", on));
				System.out.printf(Locale.ROOT,
						"   alarms while rules were on: %d; publish -> alarm stored p99 at saturation %.1f ms;"
								+ " batches not evaluated (queue full) in this window: %.0f%n",
						alarms, p99Saturated, dropped - droppedSteady);

				kaiwu.deleteRules(rules);
				DeviceLoad.Result offAgain = window(load, warmUp, measure, inFlight);
				System.out.println(describe("3. rules off again", offAgain));

				double offMean = (off.pointsPerSecond() + offAgain.pointsPerSecond()) / 2;
				System.out.printf(Locale.ROOT,
						"%nrules on / rules off: %.2f (points/s %.0f / mean of the two off windows %.0f)%n"
								+ "publish -> alarm stored p99 at half load: %.1f ms%n",
						on.pointsPerSecond() / offMean, on.pointsPerSecond(), offMean, p99);
				long stored = kaiwu.storedPoints(load.firstTimestamp());
				long published = 0;
				for (DeviceLoad.Result r : List.of(off, steady, on, offAgain)) {
					published = Math.max(published, r.acked() + r.failed());
				}
				System.out.printf(Locale.ROOT, "stored %d points, published %d: stored %s published%n", stored,
						published * DeviceLoad.VALUES, (stored == published * DeviceLoad.VALUES) ? "==" : "!=");
			}
		}
	}

	private static DeviceLoad.Result window(DeviceLoad load, Duration warmUp, Duration measure, int inFlight)
			throws InterruptedException {
		return load.run(warmUp, measure, inFlight, () -> {
		}, () -> {
		});
	}

	private static String describe(String what, DeviceLoad.Result r) {
		List<String> lines = new ArrayList<>();
		lines.add(what);
		lines.add(String.format(Locale.ROOT,
				"   points/s %.0f, messages/s %.0f; publish -> PUBACK p50 %.1f ms, p99 %.1f ms", r.pointsPerSecond(),
				r.messagesPerSecond(), r.percentileMillis(0.5), r.percentileMillis(0.99)));
		return String.join(System.lineSeparator(), lines);
	}

}
