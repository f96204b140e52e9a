package io.kaiwu;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The crash test of issue 3, after packaging: runs {@code kaiwu-exec.jar} in its own JVM
 * on a fresh data directory, streams QoS 1 telemetry over the embedded broker, kills the
 * JVM (SIGKILL) while messages are in flight, starts it again on the same data, sends
 * what was not acknowledged again (as a device does) together with some acknowledged
 * ones, and checks over the REST API that every acknowledged point is stored exactly
 * once. It prints its figures (docs/operations.md quotes them).
 */
class KaiwuCrashIT {

	/** At most this many messages are sent before the kill. */
	private static final int MESSAGES = 5_000;

	/** The kill comes once this many are acknowledged. */
	private static final int KILL_AFTER_ACKED = 400;

	private static final int IN_FLIGHT = 32;

	private static final int DUPLICATES = 100;

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	@Test
	void everyAcknowledgedPointIsStoredExactlyOnceAfterAKill() throws Exception {
		Path jar = Path.of(System.getProperty("kaiwu.exec.jar", "target/kaiwu-exec.jar")).toAbsolutePath();
		assertThat(jar).as("run after packaging (mvn verify)").exists();
		Path home = Files.createDirectories(Path.of("target", "crash-it", "run-" + System.currentTimeMillis()))
			.toAbsolutePath();
		long began = System.nanoTime();
		Kaiwu first = Kaiwu.start(jar, home, "first");
		Kaiwu second = null;
		try {
			phase(began, "started");
			Api api = new Api(first.httpPort());
			Tenants.FreshTenant tenant = Tenants.fresh(api, "崩溃测试 " + System.nanoTime());
			String[] device = device(api, tenant.adminToken());
			String key = device[0];
			String secret = device[1];
			Instant base = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);

			// stream until enough are acknowledged, then kill while messages are in
			// flight
			Mqtt5AsyncClient client = connect(first.mqttPort(), key, secret);
			Set<Long> acked = ConcurrentHashMap.newKeySet();
			ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
			Semaphore window = new Semaphore(IN_FLIGHT);
			AtomicBoolean killed = new AtomicBoolean();
			CountDownLatch killPoint = new CountDownLatch(KILL_AFTER_ACKED);
			Thread publisher = new Thread(() -> {
				for (int i = 0; i < MESSAGES && !killed.get(); i++) {
					try {
						if (!window.tryAcquire(10, TimeUnit.SECONDS)) {
							return;
						}
					}
					catch (InterruptedException ex) {
						return;
					}
					long ts = base.toEpochMilli() + i;
					sent.add(ts);
					publish(client, key, ts).whenComplete((result, ex) -> {
						if (ex == null && accepted(result)) {
							acked.add(ts);
							killPoint.countDown();
						}
						window.release();
					});
				}
			}, "crash-publisher");
			publisher.start();
			killPoint.await(90, TimeUnit.SECONDS);
			assertThat(acked).as("acknowledged before the kill").hasSizeGreaterThanOrEqualTo(KILL_AFTER_ACKED);
			phase(began, "killing after " + acked.size() + " acknowledged");
			first.process().destroyForcibly();
			assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
			killed.set(true);
			publisher.join(30_000);
			phase(began, "publisher stopped");
			// every publish has its outcome (PUBACK before the kill, or a closed
			// connection)
			assertThat(window.tryAcquire(IN_FLIGHT, 30, TimeUnit.SECONDS)).isTrue();
			phase(began, "killed, every publish has its outcome");
			Set<Long> ackedAtKill = new TreeSet<>(acked);
			Set<Long> sentAtKill = new TreeSet<>(sent);
			Set<Long> unacked = new TreeSet<>(sentAtKill);
			unacked.removeAll(ackedAtKill);

			// restart on the same data
			second = Kaiwu.start(jar, home, "second");
			phase(began, "restarted");
			Api again = new Api(second.httpPort());
			String token = again.token(tenant.adminUsername(), "Settled-Passw0rd-7");
			List<Long> beforeResend = stored(again, token, key, base);
			Set<Long> storedBeforeResend = new HashSet<>(beforeResend);
			assertThat(storedBeforeResend).as("every acknowledged point survived the kill").containsAll(ackedAtKill);
			assertThat(beforeResend).as("no point twice").hasSameSizeAs(storedBeforeResend);

			// the device sends again what was not acknowledged, and some that were
			List<Long> duplicates = ackedAtKill.stream().limit(DUPLICATES).toList();
			List<Long> resend = new ArrayList<>(unacked);
			resend.addAll(duplicates);
			Mqtt5AsyncClient device2 = connect(second.mqttPort(), key, secret);
			List<CompletableFuture<Mqtt5PublishResult>> results = new ArrayList<>();
			for (long ts : resend) {
				results.add(publish(device2, key, ts));
			}
			for (CompletableFuture<Mqtt5PublishResult> result : results) {
				assertThat(accepted(result.get(60, TimeUnit.SECONDS))).isTrue();
			}
			device2.disconnect().get(10, TimeUnit.SECONDS);

			List<Long> end = stored(again, token, key, base);
			assertThat(new HashSet<>(end)).as("everything sent is stored").isEqualTo(sentAtKill);
			assertThat(end).as("each exactly once").hasSize(sentAtKill.size());
			long unackedButStored = unacked.stream().filter(storedBeforeResend::contains).count();
			System.out.printf(Locale.ROOT,
					"Crash test: %d sent before the kill, %d acknowledged, %d in flight; after the restart %d stored "
							+ "(%d of the unacknowledged among them); resent %d unacknowledged + %d duplicates; "
							+ "stored at the end %d, each once; %.0f s in all%n",
					sentAtKill.size(), ackedAtKill.size(), unacked.size(), storedBeforeResend.size(), unackedButStored,
					unacked.size(), duplicates.size(), end.size(), (System.nanoTime() - began) / 1e9);
		}
		finally {
			first.stop();
			if (second != null) {
				second.stop();
			}
		}
	}

	private static void phase(long began, String what) {
		System.out.printf(Locale.ROOT, "Crash test at %.1f s: %s%n", (System.nanoTime() - began) / 1e9, what);
	}

	private static Mqtt5AsyncClient connect(int port, String key, String secret) {
		Mqtt5AsyncClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier("crash-" + key + "-" + System.nanoTime())
			.serverHost("127.0.0.1")
			.serverPort(port)
			.buildAsync();
		client.connectWith()
			.simpleAuth()
			.username(key)
			.password(secret.getBytes(StandardCharsets.UTF_8))
			.applySimpleAuth()
			.send()
			.join();
		return client;
	}

	private static CompletableFuture<Mqtt5PublishResult> publish(Mqtt5AsyncClient client, String key, long ts) {
		return client.publishWith()
			.topic("kaiwu/" + key + "/telemetry")
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(("{\"ts\":" + ts + ",\"values\":{\"temperature\":" + (ts % 100_000) / 10.0 + "}}")
				.getBytes(StandardCharsets.UTF_8))
			.send();
	}

	/** Whether the broker acknowledged the message as stored. */
	private static boolean accepted(Mqtt5PublishResult result) {
		return result.getError().isEmpty() && result instanceof Mqtt5PublishResult.Mqtt5Qos1Result qos1
				&& !qos1.getPubAck().getReasonCode().isError();
	}

	/** Every stored timestamp (epoch ms) of the device's temperature, page by page. */
	private static List<Long> stored(Api api, String token, String key, Instant base) {
		String range = "from=" + base.minusSeconds(1) + "&to=" + base.plusMillis(MESSAGES + 1000);
		List<Long> ts = new ArrayList<>();
		for (int page = 0;; page++) {
			Api.Answer answer = api
				.get("/api/v1/devices/" + key + "/telemetry/temperature?size=500&page=" + page + "&" + range, token);
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			JsonNode items = answer.json().get("items");
			for (JsonNode point : items) {
				ts.add(OffsetDateTime.parse(point.get("ts").asString()).toInstant().toEpochMilli());
			}
			if (items.size() < 500) {
				assertThat(ts).hasSize(answer.json().get("total").asInt());
				return ts;
			}
		}
	}

	/** A device in the fresh tenant: its key and secret. */
	private static String[] device(Api api, String token) {
		String code = ("K" + Long.toString(System.nanoTime(), 36)).toUpperCase(Locale.ROOT);
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", code, "name", "崩溃测试工厂"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		Api.Answer type = api.post("/api/v1/device-types", token, Map.of("code", code, "nameZh", "崩溃测试", "properties",
				List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String key = "crash-" + code.toLowerCase(Locale.ROOT);
		Api.Answer device = api.post("/api/v1/devices", token, Map.of("key", key, "name", "设备 " + key, "typeId",
				type.json().get("id").asString(), "nodeId", site.json().get("id").asString()));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		return new String[] { key, device.json().get("secret").asString() };
	}

	/** One run of the packaged Kaiwu, its working directory holding {@code ./data}. */
	record Kaiwu(Process process, int httpPort, int mqttPort, Path log) {

		static Kaiwu start(Path jar, Path home, String name) throws IOException, InterruptedException {
			int http = freePort();
			int mqtt = freePort();
			Path log = home.resolve(name + ".log");
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			// a quick start on a busy two-core machine; nothing here needs the top JIT
			// tier
			ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
					"-jar", jar.toString())
				.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			Map<String, String> env = builder.environment();
			env.keySet().removeIf((k) -> k.startsWith("KAIWU_") || k.startsWith("SPRING_"));
			env.put("KAIWU_ADMIN_PASSWORD", KaiwuIntegrationTest.ADMIN_PASSWORD);
			env.put("KAIWU_DEMO_ENABLED", "false");
			env.put("KAIWU_PORT", Integer.toString(http));
			env.put("KAIWU_MQTT_PORT", Integer.toString(mqtt));
			env.put("KAIWU_MQTT_BIND_ADDRESS", "127.0.0.1");
			// the devices' sessions are not under test (the publisher is a new client
			// after
			// the restart); the broker starts faster without its file store
			env.put("KAIWU_MQTT_PERSISTENCE", "in-memory");
			Kaiwu kaiwu = new Kaiwu(builder.start(), http, mqtt, log);
			kaiwu.awaitHealthy();
			return kaiwu;
		}

		private void awaitHealthy() throws IOException, InterruptedException {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			HttpRequest health = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health"))
				.timeout(Duration.ofSeconds(5))
				.build();
			try {
				await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> healthy(client, health));
			}
			catch (ConditionTimeoutException ex) {
				stop();
				throw new AssertionError("Kaiwu did not become healthy within " + START_TIMEOUT + ":\n" + tail());
			}
		}

		private boolean healthy(HttpClient client, HttpRequest health) throws IOException, InterruptedException {
			if (!this.process.isAlive()) {
				throw new AssertionError("Kaiwu exited with " + this.process.exitValue() + ":\n" + tail());
			}
			try {
				HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
				return answer.statusCode() == 200 && answer.body().contains("UP");
			}
			catch (IOException ex) {
				return false; // not listening yet
			}
		}

		String tail() throws IOException {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}

		void stop() throws InterruptedException {
			if (this.process.isAlive()) {
				this.process.destroy();
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(new InetSocketAddress("127.0.0.1", 0));
				return socket.getLocalPort();
			}
		}

	}

}
