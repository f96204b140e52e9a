package io.kaiwu.connectivity.mqtt;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3BlockingClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import com.hivemq.client.mqtt.mqtt5.message.publish.puback.Mqtt5PubAckReasonCode;
import io.kaiwu.connectivity.ConnectorStatus;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.DeviceCredentials;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * When storing fails, the publisher must not get a success acknowledgement, so that it
 * sends the message again. A broker of its own, with an ingestion that always fails.
 */
class MqttIngestionFailureTests {

	static final String KEY = "failing-device";

	static final String SECRET = "the-secret";

	@TempDir
	Path directory;

	MqttBroker broker;

	final CountDownLatch attempts = new CountDownLatch(2);

	@BeforeEach
	void start() {
		TelemetryIngestion failing = (key, readings, connector, rejected) -> {
			this.attempts.countDown();
			throw new IllegalStateException("the store is down");
		};
		this.broker = new MqttBroker(
				new MqttSettings(true, 0, "127.0.0.1", this.directory, "in-memory", Duration.ofSeconds(5), 1),
				new OneDevice(),
				new StaticListableBeanFactory(Map.of("ingestion", failing)).getBeanProvider(TelemetryIngestion.class),
				new StaticListableBeanFactory().getBeanProvider(CommandReplies.class), JsonMapper.builder().build(),
				new SimpleMeterRegistry());
		this.broker.start();
	}

	@AfterEach
	void stop() {
		this.broker.stop();
	}

	@Test
	void mqtt5GetsAnErrorPubackAndMqtt3IsDisconnected() throws InterruptedException {
		Mqtt5BlockingClient v5 = MqttClient.builder()
			.useMqttVersion5()
			.identifier("v5-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
		v5.connectWith().simpleAuth().username(KEY).password(bytes(SECRET)).applySimpleAuth().send();
		Mqtt5PubAckReasonCode code;
		try {
			Mqtt5PublishResult result = v5.publishWith()
				.topic(TopicAcl.telemetryTopic(KEY))
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(bytes("{\"values\":{\"t\":1}}"))
				.send();
			code = ((Mqtt5PublishResult.Mqtt5Qos1Result) result).getPubAck().getReasonCode();
		}
		catch (Mqtt5PubAckException ex) {
			code = ex.getMqttMessage().getReasonCode();
		}
		assertThat(code).isEqualTo(Mqtt5PubAckReasonCode.UNSPECIFIED_ERROR);
		v5.disconnect();

		Mqtt3BlockingClient v3 = MqttClient.builder()
			.useMqttVersion3()
			.identifier("v3-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
		v3.connectWith().simpleAuth().username(KEY).password(bytes(SECRET)).applySimpleAuth().send();
		// an MQTT 3.1.1 PUBACK cannot carry an error: the broker drops the connection
		// instead
		assertThatException().isThrownBy(() -> v3.publishWith()
			.topic(TopicAcl.telemetryTopic(KEY))
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(bytes("{\"values\":{\"t\":2}}"))
			.send());
		await().atMost(Duration.ofSeconds(5)).until(() -> !v3.getState().isConnected());

		assertThat(this.attempts.await(5, TimeUnit.SECONDS)).isTrue();
		ConnectorStatus status = this.broker.status();
		assertThat(status.messagesReceived()).isZero();
		assertThat(status.messagesRejected()).isEqualTo(2);
		assertThat(status.lastError()).contains("the store is down");
	}

	@Test
	void aTakenPortStopsTheStartWithThePortAndTheSetting() throws IOException {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			MqttBroker second = new MqttBroker(
					new MqttSettings(true, taken.getLocalPort(), "127.0.0.1", this.directory.resolve("second"),
							"in-memory", Duration.ofSeconds(5), 1),
					new OneDevice(), new StaticListableBeanFactory().getBeanProvider(TelemetryIngestion.class),
					new StaticListableBeanFactory().getBeanProvider(CommandReplies.class), JsonMapper.builder().build(),
					new SimpleMeterRegistry());
			assertThatIllegalStateException().isThrownBy(second::start)
				.withMessageContaining("port " + taken.getLocalPort())
				.withMessageContaining("KAIWU_MQTT_PORT");
			assertThat(second.status().state()).isEqualTo(ConnectorStatus.State.FAILED);
			assertThat(second.isRunning()).isFalse();
		}
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	/** One device, in memory. */
	static final class OneDevice implements DeviceRegistry {

		private final DeviceCredentials device = new DeviceCredentials(TenantId.of(UUID.randomUUID()),
				UUID.randomUUID(), KEY);

		@Override
		public Optional<DeviceCredentials> authenticate(String deviceKey, String secret) {
			return (KEY.equals(deviceKey) && SECRET.equals(secret)) ? Optional.of(this.device) : Optional.empty();
		}

		@Override
		public Optional<DeviceSummary> findByKey(String deviceKey) {
			return Optional.empty();
		}

		@Override
		public boolean markSeen(String deviceKey, Instant at) {
			return KEY.equals(deviceKey);
		}

		@Override
		public boolean markOffline(String deviceKey, Instant at) {
			return KEY.equals(deviceKey);
		}

		@Override
		public Optional<String> issueSecret(String deviceKey) {
			return Optional.empty();
		}

	}

}
