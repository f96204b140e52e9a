package io.kaiwu.benchmarks.mqtt;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kaiwu as it ships ({@code app/target/kaiwu-exec.jar}), started as a child JVM on the
 * embedded default (H2 + DuckDB files and the embedded broker with file persistence, all
 * under a fresh data directory), with the demo tenant seeded, and driven over its REST
 * API like any client.
 */
public final class KaiwuProcess implements AutoCloseable {

	static final String DEMO_PASSWORD = "Bench-Passw0rd-2026";

	static final String ADMIN_PASSWORD = "Bench-Root-2026-x";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final String base;

	private final int mqttPort;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private String token = "";

	/** Device key → id of the devices this process created. */
	private final Map<String, String> deviceIds = new java.util.HashMap<>();

	private KaiwuProcess(Process process, int httpPort, int mqttPort) {
		this.process = process;
		this.base = "http://127.0.0.1:" + httpPort;
		this.mqttPort = mqttPort;
	}

	/**
	 * Starts Kaiwu in {@code directory} and waits until it is healthy.
	 * @param jvmOptions extra options of the child JVM (for example a flight recording).
	 */
	public static KaiwuProcess start(Path jar, Path directory, List<String> jvmOptions)
			throws IOException, InterruptedException {
		int httpPort = freePort();
		int mqttPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("kaiwu.log").toFile());
		Map<String, String> env = builder.environment();
		env.put("KAIWU_PORT", Integer.toString(httpPort));
		env.put("KAIWU_MQTT_PORT", Integer.toString(mqttPort));
		env.put("KAIWU_MQTT_BIND_ADDRESS", "127.0.0.1");
		env.put("KAIWU_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.put("KAIWU_DEMO_PASSWORD", DEMO_PASSWORD);
		// the benchmark's devices live in the demo tenant: the demo plant would add its
		// own
		// points to the tenant's count and its own load to the figures
		env.put("KAIWU_DEMO_PLANT_ENABLED", "false");
		Process process = builder.start();
		// a benchmark stopped with Ctrl-C must not leave Kaiwu running
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		KaiwuProcess kaiwu = new KaiwuProcess(process, httpPort, mqttPort);
		try {
			kaiwu.awaitHealthy(Duration.ofMinutes(6), directory.resolve("kaiwu.log"));
			return kaiwu;
		}
		catch (RuntimeException | InterruptedException ex) {
			kaiwu.close();
			throw ex;
		}
	}

	public long pid() {
		return this.process.pid();
	}

	public int mqttPort() {
		return this.mqttPort;
	}

	/** Signs in as the demo tenant's admin. */
	public void signIn() {
		this.token = json(
				send("POST", "/api/v1/auth/token", Map.of("username", "demo", "password", DEMO_PASSWORD), 200))
			.get("token")
			.asString();
	}

	/**
	 * Creates a device type whose thing model has {@link DeviceLoad#VALUES} DOUBLE
	 * properties {@code p0…p9} of two decimals, and imports {@code count} devices of it
	 * on one line of the demo factory; answers their keys and secrets.
	 */
	public List<DeviceLoad.Device> createDevices(int count) {
		String code = "BENCH-" + Long.toString(System.nanoTime(), 36).toUpperCase();
		List<Map<String, Object>> properties = new ArrayList<>();
		for (int i = 0; i < DeviceLoad.VALUES; i++) {
			properties.add(Map.of("identifier", "p" + i, "nameZh", "量 " + i, "dataType", "DOUBLE", "precision", 2));
		}
		send("POST", "/api/v1/device-types",
				Map.of("code", code, "nameZh", "压测设备", "nameEn", "Benchmark device", "properties", properties), 201);
		StringBuilder csv = new StringBuilder("key,name,type,node,description\n");
		String prefix = "bench-" + Long.toString(System.nanoTime(), 36);
		for (int i = 0; i < count; i++) {
			csv.append(prefix)
				.append('-')
				.append(i)
				.append(",压测设备 ")
				.append(i)
				.append(',')
				.append(code)
				.append(",SZ-MC-L1-01,\n");
		}
		JsonNode imported = json(upload("/api/v1/devices/import", csv.toString().getBytes(StandardCharsets.UTF_8)));
		List<DeviceLoad.Device> devices = new ArrayList<>();
		for (JsonNode device : imported.get("devices")) {
			devices.add(new DeviceLoad.Device(device.get("key").asString(), device.get("secret").asString()));
			this.deviceIds.put(device.get("key").asString(), device.get("id").asString());
		}
		if (devices.size() != count) {
			throw new IllegalStateException("imported " + devices.size() + " of " + count + " devices: " + imported);
		}
		return devices;
	}

	/**
	 * How many points the demo tenant has stored with a time from {@code fromMillis} on
	 * ({@code GET /api/v1/telemetry/count}).
	 */
	public long storedPoints(long fromMillis) {
		String from = java.time.Instant.ofEpochMilli(fromMillis).toString();
		String to = java.time.Instant.now().plus(Duration.ofHours(1)).toString();
		return json(send("GET", "/api/v1/telemetry/count?from=" + from + "&to=" + to, null, 200)).get("count").asLong();
	}

	/**
	 * Gives each device one threshold rule on one of its properties (p0…p9 in turn),
	 * severity minor: above {@code limit} for the first {@code firing} devices, above
	 * {@code never} for the others. Answers the rules' ids.
	 */
	public List<String> createRules(List<DeviceLoad.Device> devices, double limit, int firing, double never) {
		List<String> ids = new ArrayList<>();
		int i = 0;
		for (DeviceLoad.Device device : devices) {
			Map<String, Object> rule = new java.util.HashMap<>();
			rule.put("name", "压测规则 " + i);
			rule.put("deviceId", this.deviceIds.get(device.key()));
			rule.put("property", "p" + (i % DeviceLoad.VALUES));
			rule.put("kind", "THRESHOLD");
			rule.put("comparison", ">");
			rule.put("limit", (i < firing) ? limit : never);
			rule.put("severity", "MINOR");
			rule.put("messageZh", "{device} {property} = {value}，超过 {limit}");
			rule.put("messageEn", "{device} {property} = {value}, above {limit}");
			ids.add(json(send("POST", "/api/v1/alarm-rules", rule, 201)).get("id").asString());
			i++;
		}
		return ids;
	}

	public void deleteRules(List<String> ids) {
		for (String id : ids) {
			send("DELETE", "/api/v1/alarm-rules/" + id, null, 204);
		}
	}

	/** How many alarms the demo tenant has, open or closed. */
	public long alarmCount() {
		return json(send("GET", "/api/v1/alarms?size=1", null, 200)).get("total").asLong();
	}

	/**
	 * The value of one Prometheus sample line, read with the platform admin's token; NaN
	 * when the line is not there.
	 * @param line the start of the line up to the value, e.g.
	 * {@code kaiwu_alarm_raise_delay_seconds{quantile="0.99"}}
	 */
	public double prometheus(String line) {
		String text = asAdmin(
				() -> exchange(request("/actuator/prometheus").setHeader("Accept", "text/plain").GET().build(), 200));
		for (String l : text.split("\n")) {
			if (l.startsWith(line + " ")) {
				return Double.parseDouble(l.substring(line.length() + 1).trim());
			}
		}
		return Double.NaN;
	}

	/**
	 * The cumulative buckets of a Prometheus histogram (upper bound in seconds → count
	 * since start), read with the platform admin's token.
	 * @param name the histogram's name, e.g. {@code kaiwu_alarm_raise_delay_seconds}
	 */
	public java.util.NavigableMap<Double, Double> histogram(String name) {
		java.util.NavigableMap<Double, Double> buckets = new java.util.TreeMap<>();
		String prefix = name + "_bucket{le=\"";
		for (String l : asAdmin(
				() -> exchange(request("/actuator/prometheus").setHeader("Accept", "text/plain").GET().build(), 200))
			.split("\n")) {
			if (l.startsWith(prefix)) {
				int end = l.indexOf('"', prefix.length());
				String le = l.substring(prefix.length(), end);
				double bound = "+Inf".equals(le) ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
				buckets.put(bound, Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)));
			}
		}
		return buckets;
	}

	/**
	 * Adds a webhook channel of the demo tenant that is told of every raised alarm
	 * ({@code POST /api/v1/alarm-channels}).
	 */
	public void createWebhook(String url) {
		send("POST", "/api/v1/alarm-channels", Map.of("name", "压测 webhook", "kind", "WEBHOOK", "url", url, "secret",
				"bench-webhook-secret-2026", "minSeverity", "WARNING", "events", List.of("RAISED")), 201);
	}

	private <T> T asAdmin(java.util.function.Supplier<T> call) {
		String admin = json(
				send("POST", "/api/v1/auth/token", Map.of("username", "admin", "password", ADMIN_PASSWORD), 200))
			.get("token")
			.asString();
		String saved = this.token;
		this.token = admin;
		try {
			return call.get();
		}
		finally {
			this.token = saved;
		}
	}

	private void awaitHealthy(Duration timeout, Path log) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Kaiwu exited with " + this.process.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(URI.create(this.base + "/actuator/health")).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("Kaiwu did not become healthy in " + timeout + "; see " + log);
	}

	private String send(String method, String path, Object body, int expected) {
		HttpRequest.BodyPublisher publisher = (body == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
		return exchange(request(path).header("Content-Type", "application/json").method(method, publisher).build(),
				expected);
	}

	private String upload(String path, byte[] content) {
		String boundary = "kaiwu-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"devices.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return exchange(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), 200);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "application/json");
		if (!this.token.isEmpty()) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	private String exchange(HttpRequest request, int expected) {
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(String body) {
		return JSON.readTree(body);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
			this.process.waitFor();
		}
	}

}
