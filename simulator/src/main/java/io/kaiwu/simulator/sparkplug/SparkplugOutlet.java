package io.kaiwu.simulator.sparkplug;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.lifecycle.MqttDisconnectSource;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;
import com.hivemq.client.mqtt.mqtt5.lifecycle.Mqtt5ClientDisconnectedContext;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5WillPublish;
import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Outlet;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Sparkplug B (spBv1.0) edge node that carries the simulated devices: NDEATH as the
 * will (with {@code bdSeq}), NBIRTH and a DBIRTH per device, then DDATA by alias with
 * {@code seq} 0..255. An NCMD {@code Node Control/Rebirth} makes it send its births
 * again; a DCMD with {@link #SERVICE} runs a command (see {@link SparkplugCommands}). It
 * reconnects on its own, with the next {@code bdSeq}. With a primary host configured it
 * sends births only while {@code spBv1.0/STATE/{host}} says online (Sparkplug 3.0).
 */
public class SparkplugOutlet implements Outlet {

	/** The DCMD metric that names the service to run (a String). */
	public static final String SERVICE = SparkplugCommands.SERVICE;

	private static final Logger log = LoggerFactory.getLogger(SparkplugOutlet.class);

	private final SparkplugSettings settings;

	private final SparkplugTopics topics;

	private final Object lock = new Object();

	private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();

	/** device key → the last value of each property, sent again in the births. */
	private final Map<String, Map<String, Object>> lastValues = new HashMap<>();

	/** device key → property identifier → alias; aliases are unique in the edge node. */
	private final Map<String, Map<String, Long>> aliases = new HashMap<>();

	private final AtomicBoolean closed = new AtomicBoolean();

	private @Nullable Mqtt5AsyncClient client;

	private @Nullable SparkplugCommands commands;

	private long bdSeq;

	private long seq;

	private boolean born;

	private long births;

	private volatile boolean hostOnline;

	public SparkplugOutlet(SparkplugSettings settings) {
		this.settings = settings;
		this.topics = new SparkplugTopics(settings.groupId(), settings.edgeNodeId());
	}

	@Override
	public Protocol protocol() {
		return Protocol.SPARKPLUG_B;
	}

	@Override
	public void start(List<SimulatedDevice> devices, CommandSink commands) throws Exception {
		long alias = 1; // 0 is Node Control/Rebirth
		for (SimulatedDevice device : devices) {
			this.devices.put(device.key(), device);
			Map<String, Long> byProperty = new LinkedHashMap<>();
			for (SimulatedProperty property : device.properties()) {
				byProperty.put(property.identifier(), alias++);
			}
			for (String reply : SparkplugCommands.REPLY_METRICS) {
				byProperty.put(reply, alias++);
			}
			this.aliases.put(device.key(), byProperty);
		}
		this.commands = new SparkplugCommands(commands);
		this.hostOnline = this.settings.primaryHostId() == null;
		Mqtt5AsyncClient mqtt = Mqtt5Client.builder()
			.identifier("kaiwu-sim-" + this.settings.edgeNodeId() + "-" + UUID.randomUUID().toString().substring(0, 8))
			.serverHost(this.settings.host())
			.serverPort(this.settings.port())
			.simpleAuth()
			.username(this.settings.username())
			.password(this.settings.password().getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.applySimpleAuth()
			.automaticReconnect()
			.initialDelay(500, TimeUnit.MILLISECONDS)
			.maxDelay(10, TimeUnit.SECONDS)
			.applyAutomaticReconnect()
			.addConnectedListener((context) -> onConnected())
			.addDisconnectedListener((context) -> {
				synchronized (this.lock) {
					this.born = false;
				}
				if (this.closed.get() || context.getSource() == MqttDisconnectSource.USER) {
					context.getReconnector().reconnect(false);
					return;
				}
				// every connection announces its own death certificate: the next bdSeq
				((Mqtt5ClientDisconnectedContext) context).getReconnector()
					.connectWith()
					.cleanStart(true)
					.willPublish(will(nextBdSeq()))
					.applyConnect();
			})
			.buildAsync();
		this.client = mqtt;
		mqtt.publishes(MqttGlobalPublishFilter.ALL, this::onMessage);
		mqtt.connectWith()
			.cleanStart(true)
			.sessionExpiryInterval(0)
			.willPublish(will(nextBdSeq()))
			.send()
			.get(30, TimeUnit.SECONDS);
	}

	/** The {@code bdSeq} of the connection being opened, 0..255. */
	private long nextBdSeq() {
		synchronized (this.lock) {
			this.bdSeq = (this.bdSeq + 1) % 256;
			return this.bdSeq;
		}
	}

	private Mqtt5WillPublish will(long bdSeq) {
		SparkplugBPayload payload = new SparkplugBPayload(new Date(),
				List.of(metric("bdSeq", MetricDataType.Int64, bdSeq)));
		return Mqtt5Publish.builder()
			.topic(this.topics.node("NDEATH"))
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(SparkplugCodec.encode(payload))
			.asWill()
			.build();
	}

	private void onConnected() {
		Mqtt5AsyncClient mqtt = this.client;
		if (mqtt == null) {
			return;
		}
		mqtt.subscribeWith()
			.topicFilter(this.topics.node("NCMD"))
			.qos(MqttQos.AT_LEAST_ONCE)
			.send()
			.thenCompose((ack) -> mqtt.subscribeWith()
				.topicFilter(this.topics.node("DCMD") + "/+")
				.qos(MqttQos.AT_LEAST_ONCE)
				.send())
			.thenCompose((ack) -> {
				String host = this.settings.primaryHostId();
				if (host == null) {
					return java.util.concurrent.CompletableFuture.completedFuture(ack);
				}
				return mqtt.subscribeWith().topicFilter(SparkplugTopics.state(host)).qos(MqttQos.AT_LEAST_ONCE).send();
			})
			.whenComplete((ack, failure) -> {
				if (failure != null) {
					log.warn("Sparkplug edge node {} could not subscribe: {}", this.settings.edgeNodeId(),
							failure.getMessage());
				}
				else if (this.hostOnline) {
					birth();
				}
			});
	}

	private void onMessage(Mqtt5Publish publish) {
		String topic = publish.getTopic().toString();
		byte[] bytes = publish.getPayloadAsBytes();
		try {
			String host = this.settings.primaryHostId();
			if (host != null && topic.equals(SparkplugTopics.state(host))) {
				boolean online = SparkplugTopics.stateOnline(bytes);
				boolean wasOnline = this.hostOnline;
				this.hostOnline = online;
				if (online && !wasOnline) {
					birth();
				}
				else if (!online) {
					synchronized (this.lock) {
						this.born = false; // no data for a host that is gone; births
											// again when it is back
					}
				}
				return;
			}
			if (topic.equals(this.topics.node("NCMD"))) {
				SparkplugBPayload payload = SparkplugCodec.decode(bytes);
				if (payload.getMetrics()
					.stream()
					.anyMatch((m) -> "Node Control/Rebirth".equals(m.getName()) && Boolean.TRUE.equals(m.getValue()))) {
					birth();
				}
				return;
			}
			String prefix = this.topics.node("DCMD") + "/";
			if (topic.startsWith(prefix)) {
				onDeviceCommand(topic.substring(prefix.length()), SparkplugCodec.decode(bytes));
			}
		}
		catch (Exception ex) {
			log.warn("Sparkplug edge node {} could not handle {}: {}", this.settings.edgeNodeId(), topic,
					ex.getMessage());
		}
	}

	private void onDeviceCommand(String deviceKey, SparkplugBPayload payload) throws Exception {
		SparkplugCommands handler = this.commands;
		Map<String, Long> byProperty = this.aliases.get(deviceKey);
		if (handler == null || byProperty == null) {
			return;
		}
		List<Metric> reply = new ArrayList<>();
		for (Map.Entry<String, Object> entry : handler.run(deviceKey, payload).entrySet()) {
			reply.add(aliased(byProperty.get(entry.getKey()), SparkplugCommands.replyType(entry.getKey()),
					entry.getValue(), new Date()));
		}
		synchronized (this.lock) {
			if (this.born) {
				send(this.topics.device("DDATA", deviceKey), new SparkplugBPayload(new Date(), reply, nextSeq()));
			}
		}
	}

	/** NBIRTH, then a DBIRTH per device; {@code seq} starts again at 0. */
	private void birth() {
		synchronized (this.lock) {
			if (this.closed.get()) {
				return;
			}
			this.seq = 0;
			List<Metric> node = new ArrayList<>();
			node.add(metric("bdSeq", MetricDataType.Int64, this.bdSeq));
			node.add(aliased(0L, MetricDataType.Boolean, false, null, "Node Control/Rebirth"));
			send(this.topics.node("NBIRTH"), new SparkplugBPayload(new Date(), node, nextSeq()));
			for (SimulatedDevice device : this.devices.values()) {
				Map<String, Long> byProperty = this.aliases.get(device.key());
				Map<String, Object> last = this.lastValues.getOrDefault(device.key(), Map.of());
				List<Metric> metrics = new ArrayList<>();
				for (SimulatedProperty property : device.properties()) {
					metrics.add(aliased(byProperty.get(property.identifier()), SparkplugCodec.type(property.type()),
							last.get(property.identifier()), null, property.identifier()));
				}
				for (String reply : SparkplugCommands.REPLY_METRICS) {
					metrics.add(aliased(byProperty.get(reply), SparkplugCommands.replyType(reply), null, null, reply));
				}
				send(this.topics.device("DBIRTH", device.key()), new SparkplugBPayload(new Date(), metrics, nextSeq()));
			}
			this.born = true;
			this.births++;
		}
	}

	@Override
	public void publish(List<Sample> samples) {
		synchronized (this.lock) {
			if (!this.born) {
				return; // not connected, or waiting for the host: Sparkplug has no
						// backlog here
			}
			for (Sample sample : samples) {
				SimulatedDevice device = this.devices.get(sample.deviceKey());
				if (device == null) {
					continue;
				}
				Map<String, Long> byProperty = this.aliases.get(device.key());
				Date at = Date.from(sample.at());
				List<Metric> metrics = new ArrayList<>();
				for (SimulatedProperty property : device.properties()) {
					Object value = sample.values().get(property.identifier());
					if (value != null) {
						metrics.add(aliased(byProperty.get(property.identifier()), SparkplugCodec.type(property.type()),
								value, at));
					}
				}
				if (!metrics.isEmpty()) {
					send(this.topics.device("DDATA", device.key()), new SparkplugBPayload(at, metrics, nextSeq()));
				}
			}
		}
	}

	/**
	 * Announces that a device is gone (DDEATH); it gets no more data until the next
	 * births.
	 * @param deviceKey the device.
	 */
	public void removeDevice(String deviceKey) {
		synchronized (this.lock) {
			if (this.devices.remove(deviceKey) != null && this.born) {
				send(this.topics.device("DDEATH", deviceKey), new SparkplugBPayload(new Date(), List.of(), nextSeq()));
			}
		}
	}

	/** Whether the node has sent its births on the current connection. */
	public boolean born() {
		synchronized (this.lock) {
			return this.born;
		}
	}

	/** How many times the node has sent its births (NBIRTH and DBIRTHs). */
	public long births() {
		synchronized (this.lock) {
			return this.births;
		}
	}

	/** Sends NDEATH and disconnects, as an edge node that shuts down cleanly does. */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		Mqtt5AsyncClient mqtt = this.client;
		if (mqtt == null) {
			return;
		}
		try {
			if (mqtt.getState() == MqttClientState.CONNECTED) {
				long current;
				synchronized (this.lock) {
					current = this.bdSeq;
					this.born = false;
				}
				SparkplugBPayload death = new SparkplugBPayload(new Date(),
						List.of(metric("bdSeq", MetricDataType.Int64, current)));
				mqtt.publishWith()
					.topic(this.topics.node("NDEATH"))
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload(SparkplugCodec.encode(death))
					.send()
					.get(10, TimeUnit.SECONDS);
			}
			mqtt.disconnect().get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			log.debug("Sparkplug edge node {} closed uncleanly: {}", this.settings.edgeNodeId(), ex.getMessage());
		}
	}

	private long nextSeq() {
		long next = this.seq;
		this.seq = (this.seq + 1) % 256;
		return next;
	}

	private void send(String topic, SparkplugBPayload payload) {
		Mqtt5AsyncClient mqtt = this.client;
		if (mqtt == null) {
			return;
		}
		mqtt.publishWith()
			.topic(topic)
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(SparkplugCodec.encode(payload))
			.send()
			.whenComplete((result, failure) -> {
				if (failure != null) {
					log.debug("Sparkplug publish to {} failed: {}", topic, failure.getMessage());
				}
			});
	}

	private static Metric metric(String name, MetricDataType type, Object value) {
		try {
			return new Metric.MetricBuilder(name, type, value).timestamp(new Date()).createMetric();
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(name + ": " + ex.getMessage(), ex);
		}
	}

	private static Metric aliased(@Nullable Long alias, MetricDataType type, @Nullable Object value,
			@Nullable Date at) {
		try {
			return new Metric.MetricBuilder(alias, type, value).timestamp((at != null) ? at : new Date())
				.createMetric();
		}
		catch (Exception ex) {
			throw new IllegalArgumentException(alias + ": " + ex.getMessage(), ex);
		}
	}

	private static Metric aliased(@Nullable Long alias, MetricDataType type, @Nullable Object value, @Nullable Date at,
			String name) {
		Metric metric = aliased(alias, type, value, at);
		metric.setName(name);
		return metric;
	}

}
