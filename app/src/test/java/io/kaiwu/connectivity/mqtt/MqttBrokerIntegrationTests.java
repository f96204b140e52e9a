package io.kaiwu.connectivity.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt3.exceptions.Mqtt3ConnAckException;
import com.hivemq.client.mqtt.mqtt3.message.connect.connack.Mqtt3ConnAckReturnCode;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import com.hivemq.client.mqtt.mqtt5.message.subscribe.suback.Mqtt5SubAckReasonCode;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.telemetry.TelemetryStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

@KaiwuIntegrationTest
class MqttBrokerIntegrationTests {

	final MqttBroker broker;

	final DeviceRegistry devices;

	final TelemetryStore store;

	final MeterRegistry meters;

	MqttBrokerIntegrationTests(@Autowired MqttBroker broker, @Autowired DeviceRegistry devices,
			@Autowired TelemetryStore store, @Autowired MeterRegistry meters) {
		this.broker = broker;
		this.devices = devices;
		this.store = store;
		this.meters = meters;
	}

	@Test
	void qos1TelemetryIsStoredBeforeThePubackArrives() {
		String key = "demo-cnc-01";
		String secret = this.devices.issueSecret(key).orElseThrow();
		DeviceSummary device = this.devices.findByKey(key).orElseThrow();
		Instant ts = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		double speed = 1000 + (ts.toEpochMilli() % 1000);
		Mqtt5BlockingClient client = mqtt5(key);
		client.connectWith().simpleAuth().username(key).password(bytes(secret)).applySimpleAuth().send();
		try {
			// the device state is written off the broker's thread
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(this.devices.findByKey(key).orElseThrow().online()).isTrue());
			Mqtt5PublishResult result = client.publishWith()
				.topic("kaiwu/" + key + "/telemetry")
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(bytes("{\"ts\":" + ts.toEpochMilli() + ",\"values\":{\"spindleSpeed\":" + speed + "}}"))
				.send();
			assertThat(result.getError()).isEmpty();
			assertThat(((Mqtt5PublishResult.Mqtt5Qos1Result) result).getPubAck().getReasonCode().isError()).isFalse();

			// no waiting: the PUBACK follows the durable commit
			assertThat(
					this.store.history(device.tenant(), device.deviceId(), "spindleSpeed", ts, ts.plusMillis(1), 0, 10))
				.singleElement()
				.satisfies((m) -> assertThat(m.number()).isEqualTo(speed));
			ConnectorStatus status = this.broker.status();
			assertThat(status.state()).isEqualTo(ConnectorStatus.State.RUNNING);
			assertThat(status.connectedClients()).isPositive();
			assertThat(status.messagesReceived()).isPositive();
		}
		finally {
			client.disconnect();
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.devices.findByKey(key).orElseThrow().online()).isFalse());
	}

	@Test
	void aWrongSecretIsRefusedAndCounted() {
		double before = this.meters.counter("kaiwu.mqtt.connections.refused").count();
		Mqtt5BlockingClient client = mqtt5("demo-cnc-03");
		assertThatExceptionOfType(Mqtt5ConnAckException.class)
			.isThrownBy(() -> client.connectWith()
				.simpleAuth()
				.username("demo-cnc-03")
				.password(bytes("not-the-secret"))
				.applySimpleAuth()
				.send())
			.satisfies((ex) -> assertThat(ex.getMqttMessage().getReasonCode())
				.isEqualTo(Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD));
		assertThatExceptionOfType(Mqtt5ConnAckException.class).isThrownBy(() -> mqtt5("anonymous").connect())
			.satisfies((ex) -> assertThat(ex.getMqttMessage().getReasonCode())
				.isEqualTo(Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD));
		assertThat(this.meters.counter("kaiwu.mqtt.connections.refused").count()).isEqualTo(before + 2);
	}

	@Test
	void anotherDevicesTopicsAreRefused() {
		String key = "demo-cnc-02";
		String secret = this.devices.issueSecret(key).orElseThrow();
		Mqtt5BlockingClient client = mqtt5(key);
		client.connectWith().simpleAuth().username(key).password(bytes(secret)).applySimpleAuth().send();
		try {
			Mqtt5PubAckReasonCode code;
			try {
				Mqtt5PublishResult result = client.publishWith()
					.topic("kaiwu/demo-cnc-01/telemetry")
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload(bytes("{\"values\":{\"spindleSpeed\":1}}"))
					.send();
				code = ((Mqtt5PublishResult.Mqtt5Qos1Result) result).getPubAck().getReasonCode();
			}
			catch (Mqtt5PubAckException ex) {
				code = ex.getMqttMessage().getReasonCode();
			}
			// HiveMQ answers NOT_AUTHORIZED and then may close the connection
			assertThat(code).isEqualTo(Mqtt5PubAckReasonCode.NOT_AUTHORIZED);
		}
		finally {
			disconnectQuietly(client);
		}
		Mqtt5BlockingClient subscriber = mqtt5(key);
		subscriber.connectWith().simpleAuth().username(key).password(bytes(secret)).applySimpleAuth().send();
		try {
			assertThatExceptionOfType(Mqtt5SubAckException.class)
				.isThrownBy(() -> subscriber.subscribeWith().topicFilter("kaiwu/demo-cnc-01/commands/#").send())
				.satisfies((ex) -> assertThat(ex.getMqttMessage().getReasonCodes())
					.containsExactly(Mqtt5SubAckReasonCode.NOT_AUTHORIZED));

		}
		finally {
			disconnectQuietly(subscriber);
		}
		// its own commands it may subscribe to
		Mqtt5BlockingClient own = mqtt5(key);
		own.connectWith().simpleAuth().username(key).password(bytes(secret)).applySimpleAuth().send();
		try {
			assertThat(own.subscribeWith()
				.topicFilter("kaiwu/" + key + "/commands/#")
				.qos(MqttQos.AT_LEAST_ONCE)
				.send()
				.getReasonCodes()).containsExactly(Mqtt5SubAckReasonCode.GRANTED_QOS_1);
		}
		finally {
			own.disconnect();
		}
	}

	@Test
	void anMqtt311ClientWorksToo() {
		String key = "demo-imm-01";
		String secret = this.devices.issueSecret(key).orElseThrow();
		DeviceSummary device = this.devices.findByKey(key).orElseThrow();
		Instant ts = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Mqtt3BlockingClient client = MqttClient.builder()
			.useMqttVersion3()
			.identifier("mqtt3-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
		assertThatExceptionOfType(Mqtt3ConnAckException.class).isThrownBy(
				() -> client.connectWith().simpleAuth().username(key).password(bytes("wrong")).applySimpleAuth().send())
			.satisfies((ex) -> assertThat(ex.getMqttMessage().getReturnCode())
				.isEqualTo(Mqtt3ConnAckReturnCode.BAD_USER_NAME_OR_PASSWORD));
		client.connectWith().simpleAuth().username(key).password(bytes(secret)).applySimpleAuth().send();
		try {
			String property = device.properties().get(0).identifier();
			client.publishWith()
				.topic("kaiwu/" + key + "/telemetry")
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(bytes("{\"ts\":" + ts.toEpochMilli() + ",\"values\":{\"" + property + "\":42}}"))
				.send();
			assertThat(this.store.history(device.tenant(), device.deviceId(), property, ts, ts.plusMillis(1), 0, 10))
				.hasSize(1);
		}
		finally {
			client.disconnect();
		}
	}

	private Mqtt5BlockingClient mqtt5(String prefix) {
		return MqttClient.builder()
			.useMqttVersion5()
			.identifier(prefix + "-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
	}

	private static void disconnectQuietly(Mqtt5BlockingClient client) {
		try {
			client.disconnect();
		}
		catch (MqttClientStateException ex) {
			// already disconnected by the broker
		}
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

}
