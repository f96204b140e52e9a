package io.kaiwu.benchmarks.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's end of Kaiwu's webhook channel: a local HTTP server (the JDK's) that
 * answers every notice 200 and, for each raised alarm, takes the time from the value's
 * timestamp (the wall-clock time the device sent it, {@code at} of the notice) to the
 * notice's arrival on this machine's clock. That is publish → alarm raised → notified:
 * MQTT, ingest, rule evaluation, the alarm's transaction, the notification outbox and its
 * HTTP POST, as an integrator's system would see it.
 */
public final class AlarmWebhook implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	/** Delays in microseconds of raised alarms whose value falls in the window. */
	private final List<Long> delays = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong received = new AtomicLong();

	private volatile Instant windowStart = Instant.MAX;

	private volatile Instant windowEnd = Instant.MAX;

	public AlarmWebhook() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/alarms", this::receive);
		this.server.setExecutor(Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "bench-webhook");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.start();
	}

	/** Where Kaiwu posts the notices. */
	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/alarms";
	}

	/** Counts the alarms of values stamped from now until {@link #closeWindow}. */
	public void openWindow() {
		this.delays.clear();
		this.windowEnd = Instant.MAX;
		this.windowStart = Instant.now();
	}

	public void closeWindow() {
		this.windowEnd = Instant.now();
	}

	/** Notices received in all. */
	public long received() {
		return this.received.get();
	}

	/** The window's delays in milliseconds, sorted. */
	public double[] delaysMillis() {
		synchronized (this.delays) {
			return this.delays.stream().mapToDouble((micros) -> micros / 1000.0).sorted().toArray();
		}
	}

	private void receive(HttpExchange exchange) throws IOException {
		Instant arrived = Instant.now();
		try (InputStream body = exchange.getRequestBody()) {
			JsonNode notice = JSON.readTree(body.readAllBytes());
			this.received.incrementAndGet();
			if ("RAISED".equals(notice.path("event").asString())) {
				Instant at = instant(notice.get("at"));
				if (!at.isBefore(this.windowStart) && at.isBefore(this.windowEnd)) {
					this.delays.add(ChronoUnit.MICROS.between(at, arrived));
				}
			}
		}
		finally {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		}
	}

	/** An instant as ISO text or as epoch seconds with a fraction. */
	private static Instant instant(JsonNode at) {
		if (at.isNumber()) {
			BigDecimal seconds = at.decimalValue();
			return Instant.ofEpochSecond(seconds.longValue(),
					seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
		}
		return Instant.parse(at.asString());
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
