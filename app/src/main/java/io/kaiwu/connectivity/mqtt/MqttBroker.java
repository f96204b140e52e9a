package io.kaiwu.connectivity.mqtt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import io.kaiwu.connectivity.Connector;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.CommandTransport;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The embedded HiveMQ CE broker: starts with the Spring context and stops with it. A port
 * that is taken stops the start-up with a message naming the port and
 * {@code KAIWU_MQTT_PORT}.
 */
public class MqttBroker implements SmartLifecycle, Connector, CommandTransport, MqttEndpoint {

	private static final Logger log = LoggerFactory.getLogger(MqttBroker.class);

	private final MqttSettings settings;

	private final MqttTlsSettings tls;

	private final DeviceRegistry devices;

	private final ObjectProvider<TelemetryIngestion> ingestion;

	private final MqttStatistics statistics;

	private volatile @Nullable EmbeddedHiveMQ hivemq;

	private volatile @Nullable ThreadPoolExecutor executor;

	private final ObjectProvider<CommandReplies> replies;

	private final JsonMapper json;

	private volatile @Nullable DeviceGate gate;

	private volatile int boundPort = -1;

	private final Supplier<List<MqttNamespace>> namespaces;

	private volatile int boundTlsPort = -1;

	private volatile ConnectorStatus.State state = ConnectorStatus.State.STOPPED;

	MqttBroker(MqttSettings settings, DeviceRegistry devices, ObjectProvider<TelemetryIngestion> ingestion,
			ObjectProvider<CommandReplies> replies, JsonMapper json, MeterRegistry meters) {
		this(settings, MqttTlsSettings.off(), devices, ingestion, replies, json, meters, List::of);
	}

	MqttBroker(MqttSettings settings, MqttTlsSettings tls, DeviceRegistry devices,
			ObjectProvider<TelemetryIngestion> ingestion, ObjectProvider<CommandReplies> replies, JsonMapper json,
			MeterRegistry meters) {
		this(settings, tls, devices, ingestion, replies, json, meters, List::of);
	}

	MqttBroker(MqttSettings settings, MqttTlsSettings tls, DeviceRegistry devices,
			ObjectProvider<TelemetryIngestion> ingestion, ObjectProvider<CommandReplies> replies, JsonMapper json,
			MeterRegistry meters, Supplier<List<MqttNamespace>> namespaces) {
		this.namespaces = namespaces;
		this.settings = settings;
		this.tls = tls;
		this.devices = devices;
		this.ingestion = ingestion;
		this.replies = replies;
		this.json = json;
		this.statistics = new MqttStatistics(meters);
	}

	@Override
	public String name() {
		return "mqtt";
	}

	/**
	 * The port the broker listens on; with {@code kaiwu.mqtt.port=0} the one it picked.
	 * @throws IllegalStateException when the broker does not run.
	 */
	public int boundPort() {
		int port = this.boundPort;
		if (port < 0) {
			throw new IllegalStateException("The MQTT broker is not running");
		}
		return port;
	}

	@Override
	public ConnectorStatus status() {
		return this.statistics.status(name(), this.state);
	}

	/**
	 * The port of the TLS listener, empty when there is none or the broker does not run.
	 */
	public OptionalInt tlsPort() {
		int port = this.boundTlsPort;
		return (port < 0) ? OptionalInt.empty() : OptionalInt.of(port);
	}

	/** The plain port, or the TLS port when the broker speaks TLS only. */
	@Override
	public OptionalInt port() {
		int port = this.boundPort;
		return (port < 0) ? tlsPort() : OptionalInt.of(port);
	}

	@Override
	public Optional<URI> localUri() {
		int port = this.boundPort;
		if (port < 0) {
			return Optional.empty();
		}
		String address = this.settings.bindAddress();
		String host = switch (address) {
			case "0.0.0.0", "::", "[::]" -> "127.0.0.1";
			default -> address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
		};
		return Optional.of(URI.create("tcp://" + host + ":" + port));
	}

	/**
	 * Marks every device with an open connection seen, every 30 seconds, so the offline
	 * sweep ({@code kaiwu.device.offline-after}) leaves quiet but connected devices
	 * online; a disconnect marks the device offline at once.
	 * @return how many devices were marked seen.
	 */
	@Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
	public int heartbeat() {
		if (this.state != ConnectorStatus.State.RUNNING) {
			return 0;
		}
		try {
			// one transaction for all of them, not one per device
			return this.devices.markSeen(this.statistics.connectedDevices(), Instant.now());
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark the connected devices seen", ex);
			return 0;
		}
	}

	/** Whether the device has an open connection to this broker. */
	@Override
	public boolean canReach(String deviceKey) {
		return this.state == ConnectorStatus.State.RUNNING && this.gate != null
				&& this.statistics.connectedDevices().contains(deviceKey);
	}

	/**
	 * Publishes {@code {"id","service","params"}} to {@code kaiwu/<key>/commands/<id>}
	 * with QoS 1; the device answers on {@code kaiwu/<key>/commands/<id>/reply}.
	 */
	@Override
	public void send(String deviceKey, UUID commandId, String service, Map<String, Object> params) {
		DeviceGate current = this.gate;
		if (current == null) {
			throw new IllegalStateException("The MQTT broker is not running");
		}
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("id", commandId.toString());
		message.put("service", service);
		message.put("params", params);
		current.publishCommand(deviceKey, commandId, this.json.writeValueAsBytes(message));
	}

	/**
	 * Publishes a message of Kaiwu's own with QoS 1, for example a Sparkplug STATE
	 * (retained) or command.
	 * @throws IllegalStateException when the broker does not run.
	 */
	public void publish(String topic, byte[] payload, boolean retain) {
		DeviceGate current = this.gate;
		if (current == null) {
			throw new IllegalStateException("The MQTT broker is not running");
		}
		current.publish(topic, payload, retain);
	}

	@Override
	public synchronized void start() {
		if (this.hivemq != null) {
			return;
		}
		Path directory = this.settings.directory().toAbsolutePath();
		Path conf = directory.resolve("conf");
		Path data = directory.resolve("data");
		Path extensions = directory.resolve("extensions");
		int port = this.tls.only() ? -1
				: freePortOrFail(this.settings.port(), "kaiwu.mqtt.port (environment KAIWU_MQTT_PORT)");
		if (this.tls.enabled()) {
			try {
				this.tls.checkKeystore();
			}
			catch (IllegalStateException ex) {
				this.state = ConnectorStatus.State.FAILED;
				this.statistics.error("start failed: " + ex.getMessage());
				throw ex;
			}
		}
		int tlsPort = this.tls.enabled()
				? freePortOrFail(this.tls.port(), "kaiwu.mqtt.tls.port (environment KAIWU_MQTT_TLS_PORT)") : -1;
		try {
			Files.createDirectories(conf);
			Files.createDirectories(data);
			Files.createDirectories(extensions);
			Path config = conf.resolve("config.xml");
			Files.writeString(config, BrokerConfig.xml(this.settings, this.tls, port, tlsPort), StandardCharsets.UTF_8);
			ownerOnly(config); // it may hold the key store's password
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot prepare the MQTT broker's directory " + directory
					+ " (kaiwu.mqtt.directory, KAIWU_MQTT_DIRECTORY)", ex);
		}
		AtomicInteger threads = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(this.settings.ingestThreads(), this.settings.ingestThreads(),
				60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(10_000), (runnable) -> {
					Thread thread = new Thread(runnable, "kaiwu-mqtt-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		DeviceGate gate = new DeviceGate(this.devices, this.ingestion, this.replies, pool, this.statistics,
				this.settings.ingestTimeout(), this.namespaces.get());
		EmbeddedHiveMQ broker = EmbeddedHiveMQ.builder()
			.withConfigurationFolder(conf)
			.withDataFolder(data)
			.withExtensionsFolder(extensions)
			.withoutLoggingBootstrap()
			.withEmbeddedExtension(EmbeddedExtension.builder()
				.withId("kaiwu-devices")
				.withName("Kaiwu device gate")
				.withVersion("1")
				.withPriority(1000)
				.withStartPriority(1000)
				.withExtensionMain(gate)
				.build())
			.build();
		try {
			broker.start().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail(broker, pool, "interrupted");
			throw new IllegalStateException("Interrupted while starting the MQTT broker", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			fail(broker, pool, String.valueOf(ex.getMessage()));
			throw new IllegalStateException("The MQTT broker did not start on " + this.settings.bindAddress() + ":"
					+ ((port >= 0) ? port : tlsPort) + " (kaiwu.mqtt.port, KAIWU_MQTT_PORT"
					+ (this.tls.enabled() ? "; kaiwu.mqtt.tls.*: check the key store and its password" : "") + ")", ex);
		}
		this.hivemq = broker;
		this.executor = pool;
		this.gate = gate;
		this.boundPort = port;
		this.boundTlsPort = tlsPort;
		this.state = ConnectorStatus.State.RUNNING;
		if (port >= 0) {
			log.info("MQTT broker listening on {}:{}", this.settings.bindAddress(), port);
		}
		if (tlsPort >= 0) {
			log.info("MQTT broker listening with TLS on {}:{}", this.settings.bindAddress(), tlsPort);
		}
	}

	private void fail(EmbeddedHiveMQ broker, ThreadPoolExecutor pool, String error) {
		this.state = ConnectorStatus.State.FAILED;
		this.statistics.error("start failed: " + error);
		broker.stop();
		pool.shutdownNow();
	}

	private int freePortOrFail(int port, String setting) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(this.settings.bindAddress(), port));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			this.state = ConnectorStatus.State.FAILED;
			throw new IllegalStateException("Cannot start the MQTT broker: port " + port + " on "
					+ this.settings.bindAddress() + " is already in use (" + ex.getMessage() + "). Set " + setting
					+ " to a free port, or KAIWU_MQTT_ENABLED=false.", ex);
		}
	}

	private static void ownerOnly(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system: the directory's permissions must do
		}
	}

	@Override
	public synchronized void stop() {
		EmbeddedHiveMQ broker = this.hivemq;
		ThreadPoolExecutor pool = this.executor;
		this.hivemq = null;
		this.executor = null;
		this.gate = null;
		this.boundPort = -1;
		this.boundTlsPort = -1;
		if (broker == null) {
			return;
		}
		try {
			broker.stop().get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			log.warn("The MQTT broker did not stop cleanly", ex);
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
		this.state = ConnectorStatus.State.STOPPED;
		log.info("MQTT broker stopped");
	}

	@Override
	public boolean isRunning() {
		return this.hivemq != null;
	}

}
