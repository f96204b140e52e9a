package io.kaiwu.alarm;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.MqttEndpoint;

/**
 * A device signed in to the embedded broker with its key and secret, publishing telemetry
 * with QoS 1: the PUBACK comes after the durable store, so messages are stored in the
 * order they are sent.
 */
final class MqttDevice implements AutoCloseable {

	private final Mqtt5BlockingClient client;

	private final String key;

	private MqttDevice(Mqtt5BlockingClient client, String key) {
		this.client = client;
		this.key = key;
	}

	static MqttDevice connect(MqttEndpoint broker, String key, String secret) {
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
		return new MqttDevice(client, key);
	}

	void publish(String json) {
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
