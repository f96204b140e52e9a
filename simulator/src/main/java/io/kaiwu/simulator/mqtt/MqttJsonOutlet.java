package io.kaiwu.simulator.mqtt;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Outlet;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kaiwu's JSON over MQTT (docs/mqtt.md): every device has its own MQTT 5 connection,
 * signs in with its key and secret, publishes each sample with QoS 1 to
 * {@code kaiwu/{key}/telemetry} as {@code {"ts": <epoch ms>, "values": {...}}}, listens
 * on {@code kaiwu/{key}/commands/+} and answers each command on
 * {@code kaiwu/{key}/commands/{id}/reply} with {@code {"ok": true, "result": {"message":
 * ...}}} or {@code {"ok": false, "error": ...}}. A lost connection is re-established on
 * its own (1 s, doubling to 30 s) and the subscription renewed; while a device is not
 * connected its samples are dropped, as a sensor without a buffer would.
 */
public class MqttJsonOutlet implements Outlet {

	private static final Logger log = LoggerFactory.getLogger(MqttJsonOutlet.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final URI broker;

	private final Map<String, String> secrets;

	private final Map<String, Mqtt5AsyncClient> clients = new ConcurrentHashMap<>();

	/**
	 * An outlet to one broker.
	 * @param broker {@code tcp://host:port} (also {@code mqtt://}), or {@code ssl://} /
	 * {@code mqtts://} for TLS with the JVM's trust store.
	 * @param secrets each device's secret by device key; a device without one is not
	 * connected.
	 */
	public MqttJsonOutlet(URI broker, Map<String, String> secrets) {
		this.broker = broker;
		this.secrets = Map.copyOf(secrets);
	}

	@Override
	public Protocol protocol() {
		return Protocol.MQTT_JSON;
	}

	@Override
	public void start(List<SimulatedDevice> devices, CommandSink commands) throws Exception {
		Map<String, CompletableFuture<?>> connecting = new LinkedHashMap<>();
		for (SimulatedDevice device : devices) {
			String secret = this.secrets.get(device.key());
			if (secret == null) {
				log.warn("No secret for {}: it stays disconnected", device.key());
				continue;
			}
			Mqtt5AsyncClient client = client(device.key(), secret, commands);
			this.clients.put(device.key(), client);
			connecting.put(device.key(), client.connect());
		}
		for (Map.Entry<String, CompletableFuture<?>> connect : connecting.entrySet()) {
			try {
				connect.getValue().get(10, TimeUnit.SECONDS);
			}
			catch (ExecutionException | TimeoutException ex) {
				log.warn("{} could not connect to {} yet ({}); it keeps trying", connect.getKey(), this.broker,
						String.valueOf(ex.getCause() != null ? ex.getCause().getMessage() : ex.getMessage()));
			}
		}
		log.info("MQTT JSON outlet: {} of {} devices connected to {}", connected(), devices.size(), this.broker);
	}

	/** How many devices have an open connection now. */
	public int connected() {
		return (int) this.clients.values().stream().filter((c) -> c.getState().isConnected()).count();
	}

	@Override
	public void publish(List<Sample> samples) {
		for (Sample sample : samples) {
			Mqtt5AsyncClient client = this.clients.get(sample.deviceKey());
			if (client == null || !client.getState().isConnected()) {
				continue;
			}
			Map<String, Object> message = new LinkedHashMap<>();
			message.put("ts", sample.at().toEpochMilli());
			message.put("values", sample.values());
			client.publishWith()
				.topic("kaiwu/" + sample.deviceKey() + "/telemetry")
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(json(message))
				.send()
				.whenComplete((result, error) -> {
					if (error != null) {
						log.debug("Telemetry of {} not delivered: {}", sample.deviceKey(), error.getMessage());
					}
				});
		}
	}

	@Override
	public void close() {
		for (Mqtt5AsyncClient client : this.clients.values()) {
			try {
				client.disconnect().get(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException | TimeoutException ex) {
				log.debug("Disconnect failed: {}", ex.getMessage());
			}
		}
		this.clients.clear();
	}

	private Mqtt5AsyncClient client(String key, String secret, CommandSink commands) {
		String scheme = String.valueOf(this.broker.getScheme());
		boolean tls = scheme.equals("ssl") || scheme.equals("mqtts");
		int port = (this.broker.getPort() > 0) ? this.broker.getPort() : (tls ? 8883 : 1883);
		String commandFilter = "kaiwu/" + key + "/commands/+";
		Mqtt5AsyncClient[] self = new Mqtt5AsyncClient[1];
		Mqtt5ClientBuilder builder = MqttClient.builder()
			.useMqttVersion5()
			.identifier("kaiwu-sim-" + key + "-" + UUID.randomUUID().toString().substring(0, 8))
			.serverHost(this.broker.getHost())
			.serverPort(port)
			.simpleAuth()
			.username(key)
			.password(secret.getBytes(StandardCharsets.UTF_8))
			.applySimpleAuth()
			.automaticReconnect()
			.initialDelay(1, TimeUnit.SECONDS)
			.maxDelay(30, TimeUnit.SECONDS)
			.applyAutomaticReconnect()
			// a clean session every time: subscribe again on each (re)connect
			.addConnectedListener((context) -> self[0].subscribeWith()
				.topicFilter(commandFilter)
				.qos(MqttQos.AT_LEAST_ONCE)
				.send()
				.whenComplete((ack, error) -> {
					if (error != null) {
						log.warn("{} could not subscribe to its commands: {}", key, error.getMessage());
					}
				}))
			.addDisconnectedListener(
					(context) -> log.debug("{} disconnected: {}", key, context.getCause().getMessage()));
		if (tls) {
			builder = builder.sslWithDefaultConfig();
		}
		Mqtt5AsyncClient client = builder.buildAsync();
		self[0] = client;
		client.publishes(MqttGlobalPublishFilter.SUBSCRIBED, (publish) -> answer(client, key, publish, commands));
		return client;
	}

	/** Applies a command {@code {"id","service","params"}} and publishes the reply. */
	private void answer(Mqtt5AsyncClient client, String key, Mqtt5Publish publish, CommandSink commands) {
		String topic = publish.getTopic().toString();
		String prefix = "kaiwu/" + key + "/commands/";
		if (!topic.startsWith(prefix) || topic.substring(prefix.length()).contains("/")) {
			return;
		}
		String id = topic.substring(prefix.length());
		Map<String, Object> reply = new LinkedHashMap<>();
		CommandSink.CommandOutcome outcome = outcome(key, publish.getPayloadAsBytes(), commands);
		reply.put("ok", outcome.ok());
		if (outcome.ok()) {
			reply.put("result", Map.of("message", outcome.message()));
		}
		else {
			reply.put("error", outcome.message());
		}
		log.info("{} command {}: {}", key, id, outcome);
		client.publishWith().topic(prefix + id + "/reply").qos(MqttQos.AT_LEAST_ONCE).payload(json(reply)).send();
	}

	private static CommandSink.CommandOutcome outcome(String key, byte[] payload, CommandSink commands) {
		Map<String, Object> command;
		try {
			command = JSON.readValue(payload, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (IOException ex) {
			return new CommandSink.CommandOutcome(false, "the command is not JSON: " + ex.getMessage());
		}
		Object service = command.get("service");
		Object params = (command.get("params") == null) ? Map.of() : command.get("params");
		if (!(service instanceof String name) || !(params instanceof Map<?, ?> map)) {
			return new CommandSink.CommandOutcome(false, "the command needs a \"service\" and an object \"params\"");
		}
		Map<String, Object> arguments = new LinkedHashMap<>();
		map.forEach((k, v) -> arguments.put(String.valueOf(k), v));
		try {
			return commands.apply(key, name, arguments);
		}
		catch (RuntimeException ex) {
			log.warn("Command {} of {} failed", name, key, ex);
			return new CommandSink.CommandOutcome(false, "the device failed: " + ex.getMessage());
		}
	}

	private static byte[] json(Object value) {
		try {
			return JSON.writeValueAsBytes(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
