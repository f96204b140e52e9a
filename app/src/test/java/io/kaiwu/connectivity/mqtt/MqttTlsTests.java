package io.kaiwu.connectivity.mqtt;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.TrustManagerFactory;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5PublishResult;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.telemetry.IngestionResult;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static io.kaiwu.connectivity.mqtt.MqttIngestionFailureTests.KEY;
import static io.kaiwu.connectivity.mqtt.MqttIngestionFailureTests.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * MQTT over TLS on the embedded broker: the generated configuration, and a real TLS
 * connection to a broker of its own with a self-signed key store made by keytool.
 */
class MqttTlsTests {

	static final String PASSWORD = "kaiwu-tls-test";

	@TempDir
	Path directory;

	@Test
	void theTlsListenerRunsBesideOrInsteadOfThePlainOne() {
		MqttSettings mqtt = new MqttSettings(true, 1883, "0.0.0.0", this.directory, "file", Duration.ofSeconds(10), 4);
		MqttTlsSettings tls = new MqttTlsSettings(true, 8883, false, Path.of("/etc/kaiwu/mqtt.p12"), "p<&>w", "");
		String beside = BrokerConfig.xml(mqtt, tls, 1883, 8883);
		assertThat(beside).contains("<tcp-listener>")
			.contains("<port>1883</port>")
			.contains("<tls-tcp-listener>")
			.contains("<port>8883</port>")
			.contains("<path>/etc/kaiwu/mqtt.p12</path>")
			.contains("<password>p&lt;&amp;&gt;w</password>")
			// the key's password is the store's unless set
			.contains("<private-key-password>p&lt;&amp;&gt;w</private-key-password>")
			.contains("<client-authentication-mode>NONE</client-authentication-mode>")
			.contains("<mode>file</mode>");
		String only = BrokerConfig.xml(mqtt, tls, -1, 8883);
		assertThat(only).doesNotContain("<tcp-listener>").contains("<tls-tcp-listener>");
		String plain = BrokerConfig.xml(mqtt, MqttTlsSettings.off(), 1883, -1);
		assertThat(plain).contains("<tcp-listener>").doesNotContain("tls");
		assertThatIllegalArgumentException().isThrownBy(() -> new MqttTlsSettings(true, 8883, false, null, "", ""))
			.withMessageContaining("kaiwu.mqtt.tls.keystore");
		assertThatIllegalArgumentException().isThrownBy(() -> new MqttTlsSettings(false, 8883, true, null, "", ""))
			.withMessageContaining("kaiwu.mqtt.tls.enabled");
	}

	@Test
	void aDeviceConnectsOverTlsOnlyAndItsTelemetryIsStored() throws Exception {
		Path keystore = this.directory.resolve("mqtt.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "kaiwu", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname",
				"CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
			.redirectErrorStream(true)
			.start();
		assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

		MqttBroker wrongPassword = new MqttBroker(
				new MqttSettings(true, 0, "127.0.0.1", this.directory.resolve("wrong"), "in-memory",
						Duration.ofSeconds(5), 1),
				new MqttTlsSettings(true, 0, true, keystore, "not-the-password", ""),
				new MqttIngestionFailureTests.OneDevice(),
				new StaticListableBeanFactory().getBeanProvider(TelemetryIngestion.class),
				new StaticListableBeanFactory().getBeanProvider(CommandReplies.class), JsonMapper.builder().build(),
				new SimpleMeterRegistry());
		assertThatIllegalStateException().isThrownBy(wrongPassword::start)
			.withMessageContaining(keystore.toString())
			.withMessageContaining("KAIWU_MQTT_TLS_KEYSTORE");
		assertThat(wrongPassword.isRunning()).isFalse();

		List<String> stored = new CopyOnWriteArrayList<>();
		TelemetryIngestion ingestion = (key, readings, connector, rejected) -> {
			stored.add(key + ":" + readings.get(0).values());
			return new IngestionResult(readings.size(), readings.size(), List.of());
		};
		MqttBroker broker = new MqttBroker(
				new MqttSettings(true, 0, "127.0.0.1", this.directory.resolve("broker"), "in-memory",
						Duration.ofSeconds(5), 1),
				new MqttTlsSettings(true, 0, true, keystore, PASSWORD, ""), new MqttIngestionFailureTests.OneDevice(),
				new StaticListableBeanFactory(Map.of("ingestion", ingestion)).getBeanProvider(TelemetryIngestion.class),
				new StaticListableBeanFactory().getBeanProvider(CommandReplies.class), JsonMapper.builder().build(),
				new SimpleMeterRegistry());
		broker.start();
		try {
			assertThat(broker.tlsPort()).isPresent();
			assertThat(broker.port()).isEqualTo(broker.tlsPort());
			Mqtt5BlockingClient device = MqttClient.builder()
				.useMqttVersion5()
				.identifier("tls-" + UUID.randomUUID())
				.serverHost("127.0.0.1")
				.serverPort(broker.tlsPort().getAsInt())
				.sslConfig()
				.trustManagerFactory(trusting(keystore))
				.applySslConfig()
				.buildBlocking();
			device.connectWith()
				.simpleAuth()
				.username(KEY)
				.password(SECRET.getBytes(StandardCharsets.UTF_8))
				.applySimpleAuth()
				.send();
			try {
				Mqtt5PublishResult result = device.publishWith()
					.topic(TopicAcl.telemetryTopic(KEY))
					.qos(MqttQos.AT_LEAST_ONCE)
					.payload("{\"values\":{\"t\":21.5}}".getBytes(StandardCharsets.UTF_8))
					.send();
				assertThat(((Mqtt5PublishResult.Mqtt5Qos1Result) result).getPubAck().getReasonCode().isError())
					.isFalse();
				assertThat(stored).containsExactly(KEY + ":{t=21.5}");
			}
			finally {
				device.disconnect();
			}
			assertThat(Files.readString(this.directory.resolve("broker/conf/config.xml")))
				.doesNotContain("<tcp-listener>");
		}
		finally {
			broker.stop();
		}
	}

	/** Trusts the key store's own (self-signed) certificate. */
	private static TrustManagerFactory trusting(Path keystore) throws Exception {
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			keys.load(in, PASSWORD.toCharArray());
		}
		Certificate certificate = keys.getCertificate("kaiwu");
		KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
		trusted.load(null, null);
		trusted.setCertificateEntry("kaiwu", certificate);
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trusted);
		return factory;
	}

}
