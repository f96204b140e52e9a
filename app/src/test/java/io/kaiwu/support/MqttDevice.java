package io.kaiwu.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.MqttEndpoint;

/**
 * A device connected to Kaiwu's embedded broker with its key and secret (MQTT 5), as the
 * device protocol describes it: telemetry to {@code kaiwu/<key>/telemetry}, QoS 1.
 */
public final class MqttDevice implements AutoCloseable {

	private final String key;

	private final Mqtt5BlockingClient client;

	private MqttDevice(String key, Mqtt5BlockingClient client) {
		this.key = key;
		this.client = client;
	}

	public static MqttDevice connect(MqttEndpoint broker, String key, String secret) {
		URI uri = broker.localUri().orElseThrow();
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier(key)
			.serverHost(uri.getHost())
			.serverPort(uri.getPort())
			.buildBlocking();
		client.connectWith()
			.simpleAuth()
			.username(key)
			.password(secret.getBytes(StandardCharsets.UTF_8))
			.applySimpleAuth()
			.send();
		return new MqttDevice(key, client);
	}

	/**
	 * Publishes a telemetry payload (one reading or an array of readings) and waits for
	 * PUBACK.
	 */
	public void publish(String json) {
		this.client.publishWith()
			.topic("kaiwu/" + this.key + "/telemetry")
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(json.getBytes(StandardCharsets.UTF_8))
			.send();
	}

	@Override
	public void close() {
		this.client.disconnect();
	}

}
