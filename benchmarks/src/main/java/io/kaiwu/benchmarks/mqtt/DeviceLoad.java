package io.kaiwu.benchmarks.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttClientExecutorConfig;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;

/**
 * Many devices, one MQTT 5 connection each, publishing QoS 1 telemetry of {@link #VALUES}
 * values per message to {@code kaiwu/<key>/telemetry}. Closed loop: each connection keeps
 * a fixed number of messages in flight and sends the next one when a PUBACK comes back,
 * so the rate is what the broker acknowledges. Every message of a device has its own
 * timestamp (one millisecond apart, starting an hour ago), so every value is a new point.
 */
public final class DeviceLoad implements AutoCloseable {

	public static final int VALUES = 10;

	/** Messages a value takes to walk once through 0–99.99 (steps of 0.07). */
	static final long WALK = 1_429;

	/** A device as it signs in. */
	public record Device(String key, String secret) {
	}

	/** What a run acknowledged. */
	public record Result(long acked, long failed, long windowAcked, double windowSeconds, long[] latenciesMicros) {

		public double messagesPerSecond() {
			return this.windowAcked / this.windowSeconds;
		}

		public double pointsPerSecond() {
			return messagesPerSecond() * VALUES;
		}

		/**
		 * The latency below which this fraction of the window's messages were
		 * acknowledged.
		 */
		public double percentileMillis(double fraction) {
			if (this.latenciesMicros.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.min(this.latenciesMicros.length - 1,
					Math.ceil(fraction * this.latenciesMicros.length) - 1);
			return this.latenciesMicros[Math.max(0, index)] / 1000.0;
		}

	}

	private final class Connection {

		final Device device;

		final Mqtt5AsyncClient client;

		final String topic;

		final AtomicLong seq = new AtomicLong();

		/**
		 * Where the device's values start on their walk, so that the devices' values
		 * cross a limit at different times rather than all in one burst.
		 */
		final long phase;

		/**
		 * The newest wall-clock timestamp sent, when messages carry the time they are
		 * sent.
		 */
		final AtomicLong lastMillis = new AtomicLong();

		Connection(Device device, Mqtt5AsyncClient client, long phase) {
			this.device = device;
			this.phase = phase;
			this.client = client;
			this.topic = "kaiwu/" + device.key() + "/telemetry";
		}

	}

	private final List<Connection> connections = new ArrayList<>();

	private final long baseMillis = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);

	private final AtomicLong acked = new AtomicLong();

	private final AtomicLong failed = new AtomicLong();

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile boolean sending;

	private volatile long windowStart = Long.MAX_VALUE;

	private volatile long windowEnd = Long.MAX_VALUE;

	private long[] latencies = new long[1 << 20];

	private int latencyCount;

	private long windowAcked;

	/**
	 * Whether each message carries the wall-clock time it is sent (unique per device), so
	 * that Kaiwu can measure from a value's timestamp to an alarm; otherwise timestamps
	 * count up from an hour ago.
	 */
	private final boolean wallClock;

	public DeviceLoad(List<Device> devices, String host, int port, int nettyThreads) {
		this(devices, host, port, nettyThreads, false);
	}

	public DeviceLoad(List<Device> devices, String host, int port, int nettyThreads, boolean wallClock) {
		this.wallClock = wallClock;
		MqttClientExecutorConfig executors = MqttClientExecutorConfig.builder().nettyThreads(nettyThreads).build();
		for (Device device : devices) {
			// 397 and the walk's period of about 1,429 messages share no factor: any run
			// of
			// consecutive devices spreads over the whole period
			long phase = this.connections.size() * 397L % WALK;
			this.connections.add(new Connection(device,
					MqttClient.builder()
						.useMqttVersion5()
						.identifier("bench-" + device.key())
						.serverHost(host)
						.serverPort(port)
						.executorConfig(executors)
						.buildAsync(),
					phase));
		}
	}

	/** Connects every device, a hundred at a time. */
	public void connect() {
		for (int from = 0; from < this.connections.size(); from += 100) {
			List<CompletableFuture<?>> pending = new ArrayList<>();
			for (Connection c : this.connections.subList(from, Math.min(this.connections.size(), from + 100))) {
				pending.add(c.client.connectWith()
					.cleanStart(true)
					.keepAlive(60)
					.simpleAuth()
					.username(c.device.key())
					.password(c.device.secret().getBytes(StandardCharsets.UTF_8))
					.applySimpleAuth()
					.send());
			}
			CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(120, TimeUnit.SECONDS).join();
		}
	}

	/**
	 * Publishes for {@code warmUp}, then measures for {@code measure}, then stops sending
	 * and waits for every message in flight to be acknowledged.
	 */
	public Result run(Duration warmUp, Duration measure, int inFlightPerDevice, Runnable atWindowStart,
			Runnable atWindowEnd) throws InterruptedException {
		synchronized (this) {
			this.windowStart = Long.MAX_VALUE;
			this.windowEnd = Long.MAX_VALUE;
			this.latencyCount = 0;
			this.windowAcked = 0;
		}
		this.sending = true;
		for (Connection c : this.connections) {
			for (int i = 0; i < inFlightPerDevice; i++) {
				this.inFlight.incrementAndGet();
				send(c);
			}
		}
		Thread.sleep(warmUp.toMillis());
		atWindowStart.run();
		long start = System.nanoTime();
		this.windowEnd = start + measure.toNanos();
		this.windowStart = start;
		Thread.sleep(measure.toMillis());
		atWindowEnd.run();
		this.sending = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.inFlight.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		synchronized (this) {
			long[] window = Arrays.copyOf(this.latencies, this.latencyCount);
			Arrays.sort(window);
			return new Result(this.acked.get(), this.failed.get() + this.inFlight.get(), this.windowAcked,
					measure.toNanos() / 1e9, window);
		}
	}

	private void send(Connection c) {
		if (!this.sending) {
			this.inFlight.decrementAndGet();
			return;
		}
		publish(c, () -> send(c));
	}

	/**
	 * Open loop: publishes {@code perSecond} messages a second, spread evenly over time
	 * and round-robin over the connections, whatever the broker acknowledges, for
	 * {@code warmUp}, then measures for {@code measure}, then waits for what is in
	 * flight. Latency at a fixed load below saturation, unlike {@link #run}.
	 */
	public Result runAtRate(Duration warmUp, Duration measure, int perSecond) throws InterruptedException {
		return runAtRate(warmUp, measure, perSecond, () -> {
		});
	}

	/**
	 * As {@link #runAtRate(Duration, Duration, int)}, calling {@code atWindowStart} (on
	 * the sending thread: keep it short) when the measured window opens.
	 */
	public Result runAtRate(Duration warmUp, Duration measure, int perSecond, Runnable atWindowStart)
			throws InterruptedException {
		synchronized (this) {
			this.windowStart = Long.MAX_VALUE;
			this.windowEnd = Long.MAX_VALUE;
			this.latencyCount = 0;
			this.windowAcked = 0;
		}
		this.sending = true;
		long start = System.nanoTime();
		long warmEnd = start + warmUp.toNanos();
		long end = warmEnd + measure.toNanos();
		long sent = 0;
		int next = 0;
		boolean windowOpen = false;
		while (System.nanoTime() < end) {
			long now = System.nanoTime();
			if (!windowOpen && now >= warmEnd) {
				this.windowEnd = warmEnd + measure.toNanos();
				this.windowStart = warmEnd;
				windowOpen = true;
				atWindowStart.run();
			}
			long due = (now - start) * perSecond / 1_000_000_000L;
			while (sent < due) {
				Connection c = this.connections.get(next);
				next = (next + 1) % this.connections.size();
				this.inFlight.incrementAndGet();
				publish(c, this.inFlight::decrementAndGet);
				sent++;
			}
			Thread.sleep(1);
		}
		this.sending = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.inFlight.get() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		synchronized (this) {
			long[] window = Arrays.copyOf(this.latencies, this.latencyCount);
			Arrays.sort(window);
			return new Result(this.acked.get(), this.failed.get() + this.inFlight.get(), this.windowAcked,
					measure.toNanos() / 1e9, window);
		}
	}

	private void publish(Connection c, Runnable then) {
		long seq = c.seq.getAndIncrement();
		long ts = this.wallClock ? c.lastMillis.updateAndGet((last) -> Math.max(System.currentTimeMillis(), last + 1))
				: this.baseMillis + seq;
		byte[] payload = payload(ts, c.phase + seq);
		long sent = System.nanoTime();
		c.client.publishWith()
			.topic(c.topic)
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(payload)
			.send()
			.whenComplete((result, failure) -> {
				long done = System.nanoTime();
				if (failure == null && ok(result)) {
					this.acked.incrementAndGet();
					if (done >= this.windowStart && done < this.windowEnd) {
						record((done - sent) / 1000);
					}
				}
				else {
					this.failed.incrementAndGet();
				}
				then.run();
			});
	}

	private static boolean ok(Mqtt5PublishResult result) {
		if (result.getError().isPresent()) {
			return false;
		}
		return !(result instanceof Mqtt5PublishResult.Mqtt5Qos1Result qos1)
				|| !qos1.getPubAck().getReasonCode().isError();
	}

	private synchronized void record(long micros) {
		if (this.latencyCount == this.latencies.length) {
			this.latencies = Arrays.copyOf(this.latencies, this.latencies.length * 2);
		}
		this.latencies[this.latencyCount++] = micros;
		this.windowAcked++;
	}

	private static byte[] payload(long ts, long step) {
		StringBuilder json = new StringBuilder(200).append("{\"ts\":").append(ts).append(",\"values\":{");
		for (int i = 0; i < VALUES; i++) {
			if (i > 0) {
				json.append(',');
			}
			// a reading of two decimals, different in every message
			json.append("\"p").append(i).append("\":").append((step * 7 + i * 13) % 10_000 / 100.0);
		}
		return json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		List<CompletableFuture<?>> pending = new ArrayList<>();
		for (Connection c : this.connections) {
			if (c.client.getState().isConnected()) {
				pending.add(c.client.disconnect().exceptionally((ex) -> null));
			}
		}
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).orTimeout(60, TimeUnit.SECONDS).join();
	}

	/** The timestamp of every device's first message. */
	public long firstTimestamp() {
		return this.baseMillis;
	}

	public int devices() {
		return this.connections.size();
	}

}
