package io.kaiwu.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.kaiwu.benchmarks.mqtt.BareBroker;
import io.kaiwu.benchmarks.mqtt.DeviceLoad;
import io.kaiwu.benchmarks.mqtt.KaiwuProcess;
import io.kaiwu.benchmarks.mqtt.ProcessMeter;

/**
 * MQTT ingest, end to end: Kaiwu ({@code app/target/kaiwu-exec.jar}) runs as a child JVM
 * on the embedded default; this JVM registers the devices over REST, opens one MQTT
 * connection per device and publishes QoS 1 messages of ten values for a warm-up, then
 * for the measured window, counting PUBACKs. Kaiwu sends a PUBACK only after the message
 * is committed, so publish → PUBACK is publish → stored. Afterwards every series is
 * counted through the REST API and must hold exactly what was acknowledged. In the same
 * run the same load goes to the baseline: the same HiveMQ CE, bare, with a subscriber
 * that counts and stores nothing ({@link BareBroker}). Never part of the test suite.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.kaiwu.benchmarks.MqttIngestBenchmark
 * [--devices 1000] [--warmup 60] [--seconds 60] [--in-flight 4] [--netty-threads 2]
 * [--jar app/target/kaiwu-exec.jar] [--jfr kaiwu.jfr] [--no-baseline]}
 */
public final class MqttIngestBenchmark {

	private MqttIngestBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int devices = Integer.parseInt(options.getOrDefault("devices", "1000"));
		Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warmup", "60")));
		Duration measure = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "60")));
		int inFlight = Integer.parseInt(options.getOrDefault("in-flight", "4"));
		int nettyThreads = Integer.parseInt(options.getOrDefault("netty-threads", "2"));
		Path jar = Path.of(options.getOrDefault("jar", "app/target/kaiwu-exec.jar"));
		List<String> jvm = new ArrayList<>();
		if (options.containsKey("jfr")) {
			jvm.add("-XX:StartFlightRecording=filename=" + Path.of(options.get("jfr")).toAbsolutePath()
					+ ",settings=profile");
		}
		Path dir = Files.createTempDirectory("kaiwu-mqtt-bench");
		System.out.printf(Locale.ROOT,
				"MQTT ingest benchmark %s: %d devices, QoS 1, %d values per message, %d in flight per connection,"
						+ " warm-up %d s, measured %d s; %d cores, Java %s; load average at start %s; data in %s%n",
				Instant.now(), devices, DeviceLoad.VALUES, inFlight, warmUp.toSeconds(), measure.toSeconds(),
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				ProcessMeter.loadAverage(), dir);

		Figures kaiwu = kaiwu(jar, dir.resolve("kaiwu"), jvm, devices, warmUp, measure, inFlight, nettyThreads);
		System.out.println();
		System.out.println(kaiwu.describe("Kaiwu (embedded default: H2 + DuckDB, broker persistence file)"));
		if (options.containsKey("no-baseline")) {
			return;
		}
		Figures bare = baseline(dir.resolve("bare"), kaiwu.devices, warmUp, measure, inFlight, nettyThreads);
		System.out.println();
		System.out.println(kaiwu.describe("Kaiwu (embedded default: H2 + DuckDB, broker persistence file)"));
		System.out.println(bare.describe("Baseline (same HiveMQ CE, bare subscriber that counts and stores nothing)"));
		System.out.printf(Locale.ROOT, "Kaiwu / baseline: %.2f (messages/s %.0f / %.0f)%n",
				kaiwu.result.messagesPerSecond() / bare.result.messagesPerSecond(), kaiwu.result.messagesPerSecond(),
				bare.result.messagesPerSecond());
	}

	/** What one side of the run measured. */
	private record Figures(List<DeviceLoad.Device> devices, DeviceLoad.Result result, double serverCores,
			double loadCores, double machineCores, long liveHeapIdle, long liveHeapConnected, long heapAtEnd,
			long rssConnected, long rssAtEnd, String stored) {

		String describe(String what) {
			DeviceLoad.Result r = this.result;
			return String.format(Locale.ROOT,
					"""
							%s
							  points/s %.0f, messages/s %.0f (acknowledged in the window: %d messages)
							  publish -> PUBACK latency p50 %.1f ms, p99 %.1f ms, max %.1f ms
							  server CPU %.2f cores; load generator CPU %.2f cores; whole machine %.2f cores
							  server heap: live %.1f MiB with no connection, %.1f MiB with %d idle connections (%.1f KiB per connection); %.1f MiB in use at the end of the window
							  server RSS %.1f MiB with the connections idle, %.1f MiB at the end of the window
							  acknowledged %d messages in all, failed %d; %s""",
					what, r.pointsPerSecond(), r.messagesPerSecond(), r.windowAcked(), r.percentileMillis(0.5),
					r.percentileMillis(0.99), r.percentileMillis(1.0), this.serverCores, this.loadCores,
					this.machineCores, mib(this.liveHeapIdle), mib(this.liveHeapConnected), this.devices.size(),
					(this.liveHeapConnected - this.liveHeapIdle) / 1024.0 / this.devices.size(), mib(this.heapAtEnd),
					mib(this.rssConnected), mib(this.rssAtEnd), r.acked(), r.failed(), this.stored);
		}

		private static double mib(long bytes) {
			return bytes / 1024.0 / 1024.0;
		}

	}

	private static Figures kaiwu(Path jar, Path dir, List<String> jvm, int count, Duration warmUp, Duration measure,
			int inFlight, int nettyThreads) throws Exception {
		Files.createDirectories(dir);
		try (KaiwuProcess kaiwu = KaiwuProcess.start(jar, dir, jvm)) {
			kaiwu.signIn();
			List<DeviceLoad.Device> devices = kaiwu.createDevices(count);
			System.out.println("Kaiwu started (pid " + kaiwu.pid() + "), " + devices.size() + " devices registered");
			ProcessMeter server = new ProcessMeter(kaiwu.pid());
			try (DeviceLoad load = new DeviceLoad(devices, "127.0.0.1", kaiwu.mqttPort(), nettyThreads)) {
				Measured m = measure(server, load, warmUp, measure, inFlight);
				// the demo tenant had no telemetry before: every point since the first
				// message is the benchmark's
				long stored = kaiwu.storedPoints(load.firstTimestamp() - 60_000);
				// a message whose PUBACK timed out was sent and may still be stored: what
				// must match is every point published, acknowledged or not
				long acked = m.result.acked() * DeviceLoad.VALUES;
				long published = (m.result.acked() + m.result.failed()) * DeviceLoad.VALUES;
				String verdict = String.format(Locale.ROOT,
						"stored %d points; published %d (%d with a success PUBACK): stored %s published", stored,
						published, acked, (stored == published) ? "==" : "!=");
				return m.figures(devices, verdict);
			}
		}
	}

	private static Figures baseline(Path dir, List<DeviceLoad.Device> devices, Duration warmUp, Duration measure,
			int inFlight, int nettyThreads) throws Exception {
		Files.createDirectories(dir);
		int port = freePort();
		Path self = Path.of(MqttIngestBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Process broker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				self.toString(), BareBroker.class.getName(), Integer.toString(port), dir.toString())
			.directory(dir.toFile())
			.redirectError(dir.resolve("bare-broker.err").toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
		try {
			BufferedReader out = new BufferedReader(
					new InputStreamReader(broker.getInputStream(), StandardCharsets.UTF_8));
			PrintWriter in = new PrintWriter(broker.getOutputStream(), true, StandardCharsets.UTF_8);
			awaitLine(out, "ready");
			System.out.println("baseline broker started (pid " + broker.pid() + ")");
			ProcessMeter server = new ProcessMeter(broker.pid());
			try (DeviceLoad load = new DeviceLoad(devices, "127.0.0.1", port, nettyThreads)) {
				Measured m = measure(server, load, warmUp, measure, inFlight);
				in.println("count");
				long received = Long.parseLong(awaitLine(out, "received ").substring("received ".length()));
				String verdict = String.format(Locale.ROOT, "the bare subscriber counted %d messages, acknowledged %d",
						received, m.result.acked());
				return m.figures(devices, verdict);
			}
		}
		finally {
			broker.getOutputStream().close();
			if (!broker.waitFor(60, TimeUnit.SECONDS)) {
				broker.destroyForcibly();
			}
		}
	}

	private record Measured(DeviceLoad.Result result, double serverCores, double loadCores, double machineCores,
			long liveHeapIdle, long liveHeapConnected, long heapAtEnd, long rssConnected, long rssAtEnd) {

		Figures figures(List<DeviceLoad.Device> devices, String stored) {
			return new Figures(devices, this.result, this.serverCores, this.loadCores, this.machineCores,
					this.liveHeapIdle, this.liveHeapConnected, this.heapAtEnd, this.rssConnected, this.rssAtEnd,
					stored);
		}

	}

	private static Measured measure(ProcessMeter server, DeviceLoad load, Duration warmUp, Duration measure,
			int inFlight) throws InterruptedException {
		long heapIdle = server.liveHeapBytes();
		long start = System.nanoTime();
		load.connect();
		System.out.printf(Locale.ROOT, "%d connections open in %.1f s%n", load.devices(),
				(System.nanoTime() - start) / 1e9);
		Thread.sleep(2_000);
		long heapConnected = server.liveHeapBytes();
		long rssConnected = server.rssBytes();
		ProcessMeter self = ProcessMeter.self();
		double[] cpu = new double[6];
		long[] end = new long[2];
		DeviceLoad.Result result = load.run(warmUp, measure, inFlight, () -> {
			cpu[0] = server.cpuSeconds();
			cpu[1] = self.cpuSeconds();
			cpu[2] = ProcessMeter.machineCpuSeconds();
		}, () -> {
			cpu[3] = server.cpuSeconds();
			cpu[4] = self.cpuSeconds();
			cpu[5] = ProcessMeter.machineCpuSeconds();
			end[0] = server.rssBytes();
		});
		end[1] = server.heapBytes();
		double seconds = measure.toNanos() / 1e9;
		System.out.printf(Locale.ROOT, "window done: %.0f messages/s; load average %s%n", result.messagesPerSecond(),
				ProcessMeter.loadAverage());
		return new Measured(result, (cpu[3] - cpu[0]) / seconds, (cpu[4] - cpu[1]) / seconds,
				(cpu[5] - cpu[2]) / seconds, heapIdle, heapConnected, end[1], rssConnected, end[0]);
	}

	private static String awaitLine(BufferedReader out, String prefix) throws IOException {
		String line;
		while ((line = out.readLine()) != null) {
			if (line.startsWith(prefix)) {
				return line;
			}
		}
		throw new IllegalStateException("the baseline broker ended before saying " + prefix.trim());
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("unexpected argument " + args[i]);
			}
			String name = args[i].substring(2);
			if ("no-baseline".equals(name)) {
				options.put(name, "true");
			}
			else {
				options.put(name, args[++i]);
			}
		}
		return options;
	}

}
