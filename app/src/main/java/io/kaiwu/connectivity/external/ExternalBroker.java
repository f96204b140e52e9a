package io.kaiwu.connectivity.external;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.auth.Mqtt5SimpleAuth;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5Connect;
import com.hivemq.client.mqtt.mqtt5.message.connect.Mqtt5ConnectBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAck;
import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.mqtt.TopicAcl;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.kaiwu.telemetry.TelemetryPayload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Kaiwu as a subscriber of an external broker: an MQTT 5 client with a stable client id,
 * {@code cleanStart=false} and a session expiry, so the broker keeps the subscription and
 * queues QoS 1 messages while Kaiwu is away. Each message is acknowledged only after
 * {@link TelemetryIngestion#ingest} returned (stored); when ingestion fails the message
 * stays unacknowledged and the client reconnects after five seconds, so the broker
 * delivers it again. Messages are handled one at a time, in order, off the client's
 * network threads. Lost connections are retried with a doubling back-off.
 * <p>
 * The external broker must authenticate the devices and keep each one to its own
 * {@code kaiwu/<key>/...} topics (its ACLs): Kaiwu only sees the topic. A key that no
 * registered device has ends up in the dead letters.
 */
public class ExternalBroker implements SmartLifecycle, Connector {

	private static final Logger log = LoggerFactory.getLogger(ExternalBroker.class);

	/** The connector's name, also on dead letters and in the ingestion metrics. */
	public static final String CONNECTOR = "mqtt-external";

	private final ExternalBrokerSettings settings;

	private final TelemetryIngestion ingestion;

	private final AtomicLong received = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicBoolean reconnectAfterFailure = new AtomicBoolean();

	private record LastError(String message, Instant at) {
	}

	private volatile @Nullable LastError lastError;

	private volatile @Nullable Mqtt5AsyncClient client;

	private volatile @Nullable ExecutorService worker;

	private volatile ConnectorStatus.State state = ConnectorStatus.State.STOPPED;

	/**
	 * A subscriber with these settings; {@link #start()} connects it (the Spring context
	 * does that when {@code kaiwu.mqtt.external.enabled=true}).
	 */
	public ExternalBroker(ExternalBrokerSettings settings, TelemetryIngestion ingestion) {
		this.settings = settings;
		this.ingestion = ingestion;
	}

	@Override
	public String name() {
		return CONNECTOR;
	}

	@Override
	public ConnectorStatus status() {
		LastError last = this.lastError;
		return new ConnectorStatus(name(), this.state, 0, this.received.get(), this.rejected.get(),
				(last != null) ? last.message() : null, (last != null) ? last.at() : null);
	}

	/**
	 * Connects (resuming the session at the broker, if it still has one) and subscribes.
	 * Does not wait: a broker that cannot be reached is retried in the background, and
	 * the status says so.
	 */
	@Override
	public synchronized void start() {
		if (this.client != null) {
			return;
		}
		ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(runnable) -> {
					Thread thread = new Thread(runnable, "kaiwu-mqtt-external");
					thread.setDaemon(true);
					return thread;
				});
		Mqtt5ClientBuilder builder = MqttClient.builder()
			.useMqttVersion5()
			.identifier(this.settings.clientId())
			.serverHost(this.settings.host())
			.serverPort(this.settings.port())
			.automaticReconnect()
			.initialDelay(1, TimeUnit.SECONDS)
			.maxDelay(this.settings.reconnectMaxDelay().toMillis(), TimeUnit.MILLISECONDS)
			.applyAutomaticReconnect();
		if (this.settings.tls()) {
			builder = builder.sslWithDefaultConfig();
		}
		Mqtt5AsyncClient mqtt = builder.addConnectedListener((context) -> subscribe())
			.addDisconnectedListener(this::disconnected)
			.buildAsync();
		// ALL, not SUBSCRIBED: messages queued in the session arrive right after the
		// CONNACK, before this client instance knows its subscription again
		mqtt.publishes(MqttGlobalPublishFilter.ALL, this::handle, pool, true);
		this.worker = pool;
		this.client = mqtt;
		log.info("Connecting to the external MQTT broker {}:{} as {}", this.settings.host(), this.settings.port(),
				this.settings.clientId());
		mqtt.connect(connectMessage()).whenComplete((ack, ex) -> {
			if (ex != null) {
				error("cannot connect to " + this.settings.host() + ":" + this.settings.port() + ": "
						+ ex.getMessage());
			}
		});
	}

	private Mqtt5Connect connectMessage() {
		Mqtt5ConnectBuilder builder = Mqtt5Connect.builder()
			.cleanStart(false)
			.sessionExpiryInterval(this.settings.sessionExpiry().toSeconds())
			.keepAlive(30);
		String username = this.settings.username();
		if (username != null && !username.isEmpty()) {
			String password = this.settings.password();
			builder = builder.simpleAuth((password == null) ? Mqtt5SimpleAuth.builder().username(username).build()
					: Mqtt5SimpleAuth.builder()
						.username(username)
						.password(password.getBytes(StandardCharsets.UTF_8))
						.build());
		}
		return builder.build();
	}

	private void subscribe() {
		Mqtt5AsyncClient mqtt = this.client;
		if (mqtt == null) {
			return;
		}
		this.reconnectAfterFailure.set(false);
		mqtt.subscribeWith()
			.topicFilter(this.settings.topicFilter())
			.qos(MqttQos.fromCode(this.settings.qos()))
			.send()
			.whenComplete((suback, ex) -> subscribed(suback, ex));
	}

	private void subscribed(@Nullable Mqtt5SubAck suback, @Nullable Throwable ex) {
		if (ex != null || suback == null || suback.getReasonCodes().stream().anyMatch((code) -> code.isError())) {
			String why = (ex != null) ? String.valueOf(ex.getMessage())
					: (suback == null) ? "no SUBACK" : suback.getReasonCodes().toString();
			this.state = ConnectorStatus.State.FAILED;
			error("the broker refused the subscription to " + this.settings.topicFilter() + ": " + why);
			return;
		}
		if (this.client != null) {
			this.state = ConnectorStatus.State.RUNNING;
			log.info("Subscribed to {} on the external MQTT broker {}:{}", this.settings.topicFilter(),
					this.settings.host(), this.settings.port());
		}
	}

	private void disconnected(MqttClientDisconnectedContext context) {
		if (this.client == null) {
			return; // stopped
		}
		this.state = ConnectorStatus.State.FAILED;
		if (context.getSource() == MqttDisconnectSource.USER) {
			// our own disconnect after a failed ingestion: come back for the redelivery
			if (this.reconnectAfterFailure.get()) {
				context.getReconnector().reconnect(true).delay(5, TimeUnit.SECONDS);
			}
			return;
		}
		error("disconnected from " + this.settings.host() + ":" + this.settings.port() + " ("
				+ context.getSource().name().toLowerCase(java.util.Locale.ROOT) + "): "
				+ context.getCause().getMessage());
	}

	private void handle(Mqtt5Publish publish) {
		String topic = publish.getTopic().toString();
		Optional<String> key = TopicAcl.telemetryDevice(topic);
		if (key.isEmpty()) {
			this.rejected.incrementAndGet();
			error("not a telemetry topic (kaiwu/<device key>/telemetry): " + topic);
			publish.acknowledge();
			return;
		}
		try {
			TelemetryPayload.Parsed parsed = TelemetryPayload.parse(publish.getPayloadAsBytes());
			this.ingestion.ingest(key.get(), parsed.readings(), CONNECTOR, parsed.rejected());
		}
		catch (RuntimeException ex) {
			this.rejected.incrementAndGet();
			log.warn("Telemetry of {} from the external broker was not stored; it stays unacknowledged", key.get(), ex);
			error("telemetry of " + key.get() + " was not stored: " + ex.getMessage());
			redeliverLater();
			return;
		}
		this.received.incrementAndGet();
		try {
			publish.acknowledge();
		}
		catch (RuntimeException ex) {
			// the connection it came on is gone: the broker sends it again (stored once)
			log.debug("Could not acknowledge a message of {}: {}", key.get(), ex.getMessage());
		}
	}

	/** Disconnects once, so that the broker sends the unacknowledged messages again. */
	private void redeliverLater() {
		Mqtt5AsyncClient mqtt = this.client;
		if (mqtt != null && this.reconnectAfterFailure.compareAndSet(false, true)) {
			mqtt.disconnect();
		}
	}

	private void error(String message) {
		log.warn("External MQTT broker: {}", message);
		this.lastError = new LastError(message, Instant.now());
	}

	/** Disconnects; the broker keeps the session and queues what arrives meanwhile. */
	@Override
	public synchronized void stop() {
		Mqtt5AsyncClient mqtt = this.client;
		ExecutorService pool = this.worker;
		this.client = null;
		this.worker = null;
		this.state = ConnectorStatus.State.STOPPED;
		if (mqtt == null) {
			return;
		}
		try {
			mqtt.disconnect().get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			log.debug("Disconnect from the external MQTT broker: {}", ex.getMessage());
		}
		if (pool != null) {
			pool.shutdown();
			try {
				if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
					pool.shutdownNow();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				pool.shutdownNow();
			}
		}
		log.info("Disconnected from the external MQTT broker {}:{}", this.settings.host(), this.settings.port());
	}

	@Override
	public boolean isRunning() {
		return this.client != null;
	}

}
