package io.kaiwu.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.CompletableFuture;

import io.kaiwu.benchmarks.mqtt.AlarmWebhook;
import io.kaiwu.benchmarks.mqtt.DeviceLoad;
import io.kaiwu.benchmarks.mqtt.KaiwuProcess;

/**
 * MQTT ingest with and without alarm rules, in one run of one Kaiwu process
 * ({@code app/target/kaiwu-exec.jar} on the embedded default): 1,000 devices publish QoS
 * 1 messages of ten values, each carrying the time it is sent. Window 1 runs without
 * rules; then every device gets one threshold rule (1,000 rules) and window 2 runs; then
 * the rules are deleted and window 3 runs again without, to show drift. Each device's
 * values walk slowly through 0–99.99, each device from its own starting point, so each
 * rule raises and clears an alarm about every 1,400 messages of its device and the raises
 * are spread over time. The delay from publish to alarm is taken in open-loop windows 2a
 * at fixed shares of window 1's message rate (10, 25 and 50 % unless {@code --loads} says
 * otherwise), each twice: from Kaiwu's histogram {@code kaiwu.alarm.raise.delay} (value
 * timestamp → alarm stored; two scrapes, so exactly the window's alarms) and on the
 * benchmark's own clock from the value's timestamp to the alarm's notice arriving at a
 * webhook channel the benchmark serves ({@link AlarmWebhook}). Never part of the test
 * suite.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.kaiwu.benchmarks.AlarmRulesIngestBenchmark
 * [--devices 1000] [--firing 100] [--warmup 30] [--steady-warmup 120] [--seconds 60] [--in-flight 4]
 * [--loads 10,25,50] [--jar app/target/kaiwu-exec.jar]}
 */
public final class AlarmRulesIngestBenchmark {

	/** A firing rule fires above this: 0.5 % of a property's values. */
	private static final double LIMIT = 99.5;

	/** The other rules' limit, above every value sent (0–99.99). */
	private static final double NEVER = 150;

	private static final String RAISE_DELAY = "kaiwu_alarm_raise_delay_seconds";

	private static final String HANDED = "kaiwu_alarm_evaluation_handled_total";

	private static final String DROPPED = "kaiwu_alarm_evaluation_dropped_total";

	private static final String WAITED = "kaiwu_alarm_evaluation_waited_total";

	private AlarmRulesIngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int devices = 1000;
		Duration warmUp = Duration.ofSeconds(30);
		Duration measure = Duration.ofSeconds(60);
		// a longer warm-up keeps the cold start of the rules out of the steady figure
		Duration steadyWarmUp = Duration.ofSeconds(120);
		int inFlight = 4;
		// how many of the rules can fire; the others have a limit their values never
		// reach
		int firing = 100;
		// open-loop latency windows, in percent of window 1's messages/s
		List<Integer> loads = List.of(10, 25, 50);
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
				case "--loads" -> loads = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		Path dir = Files.createTempDirectory("kaiwu-rules-bench");
		System.out.printf(Locale.ROOT,
				"Alarm rules ingest benchmark %s: %d devices, QoS 1, %d values per message, %d in flight per"
						+ " connection, warm-up %d s, measured %d s per window; %d cores, Java %s%n",
				Instant.now(), devices, DeviceLoad.VALUES, inFlight, warmUp.toSeconds(), measure.toSeconds(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		try (KaiwuProcess kaiwu = KaiwuProcess.start(jar, dir, List.of()); AlarmWebhook webhook = new AlarmWebhook()) {
			kaiwu.signIn();
			kaiwu.createWebhook(webhook.url());
			List<DeviceLoad.Device> registered = kaiwu.createDevices(devices);
			try (DeviceLoad load = new DeviceLoad(registered, "127.0.0.1", kaiwu.mqttPort(), 2, true)) {
				load.connect();
				double handedBefore = kaiwu.prometheus(HANDED);
				DeviceLoad.Result off = window(load, warmUp, measure, inFlight);
				System.out.println(describe("1. rules off", off));
				System.out.println(handedOff(kaiwu, handedBefore, off));

				long started = System.nanoTime();
				List<String> rules = kaiwu.createRules(registered, LIMIT, firing, NEVER);
				System.out.printf(Locale.ROOT, "%d rules created in %.1f s%n", rules.size(),
						(System.nanoTime() - started) / 1e9);
				long alarmsBefore = kaiwu.alarmCount();
				List<Latency> latencies = new ArrayList<>();
				for (int i = 0; i < loads.size(); i++) {
					int percent = loads.get(i);
					int rate = (int) Math.round(off.messagesPerSecond() * percent / 100);
					// the first window also warms the rules up; the later ones start warm
					Duration warm = (i == 0) ? steadyWarmUp : warmUp;
					Latency latency = latencyWindow(kaiwu, load, webhook, percent, rate, warm, measure);
					latencies.add(latency);
					System.out.println(latency.describe());
				}
				double droppedSteady = kaiwu.prometheus(DROPPED);
				double waitedSteady = kaiwu.prometheus(WAITED);
				handedBefore = kaiwu.prometheus(HANDED);
				DeviceLoad.Result on = window(load, warmUp, measure, inFlight);
				long alarms = kaiwu.alarmCount() - alarmsBefore;
				double dropped = kaiwu.prometheus(DROPPED);
				double waited = kaiwu.prometheus(WAITED);
				System.out.println(describe("2b. rules on (" + rules.size() + " threshold rules, " + firing
						+ " of them firing), closed loop", on));
				System.out.println(handedOff(kaiwu, handedBefore, on));
				System.out.printf(Locale.ROOT,
						"   alarms while rules were on: %d; batches that waited for room %.0f, dropped %.0f in this"
								+ " window%n",
						alarms, waited - waitedSteady, dropped - droppedSteady);

				kaiwu.deleteRules(rules);
				handedBefore = kaiwu.prometheus(HANDED);
				DeviceLoad.Result offAgain = window(load, warmUp, measure, inFlight);
				System.out.println(describe("3. rules off again", offAgain));
				System.out.println(handedOff(kaiwu, handedBefore, offAgain));

				double offMean = (off.pointsPerSecond() + offAgain.pointsPerSecond()) / 2;
				System.out.printf(Locale.ROOT,
						"%nrules on / rules off: %.2f (points/s %.0f / mean of the two off windows %.0f)%n",
						on.pointsPerSecond() / offMean, on.pointsPerSecond(), offMean);
				for (Latency l : latencies) {
					System.out.println(l.summary());
				}
				long stored = kaiwu.storedPoints(load.firstTimestamp());
				long published = 0;
				List<DeviceLoad.Result> windows = new ArrayList<>(List.of(off, on, offAgain));
				latencies.forEach((l) -> windows.add(l.load()));
				for (DeviceLoad.Result r : windows) {
					published = Math.max(published, r.acked() + r.failed());
				}
				System.out.printf(Locale.ROOT, "stored %d points, published %d: stored %s published%n", stored,
						published * DeviceLoad.VALUES, (stored == published * DeviceLoad.VALUES) ? "==" : "!=");
			}
		}
	}

	/**
	 * One open-loop window at a fixed message rate with the rules on: the delay from
	 * publish to alarm, stored (Kaiwu's histogram, two scrapes) and notified (the
	 * webhook's clock), over the alarms of values sent in the measured part.
	 */
	private static Latency latencyWindow(KaiwuProcess kaiwu, DeviceLoad load, AlarmWebhook webhook, int percent,
			int rate, Duration warm, Duration measure) throws InterruptedException {
		double waitedBefore = kaiwu.prometheus(WAITED);
		List<CompletableFuture<NavigableMap<Double, Double>>> atStart = new ArrayList<>();
		DeviceLoad.Result steady = load.runAtRate(warm, measure, rate, () -> {
			webhook.openWindow();
			atStart.add(CompletableFuture.supplyAsync(() -> kaiwu.histogram(RAISE_DELAY)));
		});
		webhook.closeWindow();
		// notices of the window's last alarms may still be on their way
		Thread.sleep(5_000);
		NavigableMap<Double, Double> before = atStart.get(0).join();
		NavigableMap<Double, Double> after = kaiwu.histogram(RAISE_DELAY);
		double[] client = webhook.delaysMillis();
		return new Latency(percent, rate, steady, count(before, after), quantileMillis(before, after, 0.5),
				quantileMillis(before, after, 0.99), client.length, percentile(client, 0.5), percentile(client, 0.99),
				(client.length == 0) ? Double.NaN : client[client.length - 1], kaiwu.prometheus(WAITED) - waitedBefore);
	}

	/** What one open-loop window measured. */
	private record Latency(int percent, int rate, DeviceLoad.Result load, double stored, double storedP50,
			double storedP99, int notified, double notifiedP50, double notifiedP99, double notifiedMax, double waited) {

		String describe() {
			return String.join(System.lineSeparator(),
					AlarmRulesIngestBenchmark.describe("2a. rules on, open loop at " + this.rate + " messages/s ("
							+ this.percent + " % of window 1): latency at a steady load", this.load),
					String.format(Locale.ROOT,
							"   publish -> alarm stored (Kaiwu's histogram over this window, %.0f alarms): p50 %.1f ms,"
									+ " p99 %.1f ms",
							this.stored, this.storedP50, this.storedP99),
					String.format(Locale.ROOT,
							"   publish -> webhook notice received (the benchmark's clock, %d alarms): p50 %.1f ms,"
									+ " p99 %.1f ms, max %.1f ms",
							this.notified, this.notifiedP50, this.notifiedP99, this.notifiedMax),
					String.format(Locale.ROOT,
							"   batches that waited for room (writer held back) %.0f; warm-up included", this.waited));
		}

		String summary() {
			return String.format(Locale.ROOT,
					"publish -> alarm at %d %% load (%d messages/s), p99: %.1f ms stored (Kaiwu, %.0f alarms),"
							+ " %.1f ms notified (webhook, %d alarms)",
					this.percent, this.rate, this.storedP99, this.stored, this.notifiedP99, this.notified);
		}

	}

	/**
	 * How many stored batches (one per device per group commit) went to the alarm thread
	 * in a window (warm-up included), against the messages acknowledged in it.
	 */
	private static String handedOff(KaiwuProcess kaiwu, double before, DeviceLoad.Result r) {
		return String.format(Locale.ROOT, "   batches handed to the alarm thread: %.0f (messages acknowledged: %d)",
				kaiwu.prometheus(HANDED) - before, r.acked());
	}

	/** Alarms counted by the histogram between two scrapes. */
	private static double count(NavigableMap<Double, Double> before, NavigableMap<Double, Double> after) {
		return after.getOrDefault(Double.POSITIVE_INFINITY, 0.0) - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
	}

	/**
	 * A percentile of what a histogram counted between two scrapes, interpolated within
	 * its bucket as Prometheus' {@code histogram_quantile} does; NaN when nothing was
	 * counted.
	 */
	static double quantileMillis(NavigableMap<Double, Double> before, NavigableMap<Double, Double> after,
			double fraction) {
		double total = count(before, after);
		if (total <= 0) {
			return Double.NaN;
		}
		double target = fraction * total;
		double lower = 0;
		double below = 0;
		for (Map.Entry<Double, Double> bucket : after.entrySet()) {
			double upper = bucket.getKey();
			double counted = bucket.getValue() - before.getOrDefault(upper, 0.0);
			if (counted >= target) {
				if (Double.isInfinite(upper) || counted == below) {
					return lower * 1000;
				}
				return (lower + (upper - lower) * (target - below) / (counted - below)) * 1000;
			}
			lower = upper;
			below = counted;
		}
		return lower * 1000;
	}

	private static double percentile(double[] sorted, double fraction) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
		return sorted[Math.max(0, index)];
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
