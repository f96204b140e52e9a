package io.kaiwu.connectivity.external;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Subscribing to an external MQTT broker, for example the factory's Mosquitto
 * (docs/mqtt.md, docs/configuration.md).
 *
 * @param enabled whether Kaiwu subscribes ({@code KAIWU_MQTT_EXTERNAL_ENABLED}).
 * @param host the broker's host ({@code KAIWU_MQTT_EXTERNAL_HOST}).
 * @param port the broker's port ({@code KAIWU_MQTT_EXTERNAL_PORT}).
 * @param clientId Kaiwu's client id at the broker; keep it stable, the persistent session
 * (and the messages queued in it while Kaiwu is down) belongs to it
 * ({@code KAIWU_MQTT_EXTERNAL_CLIENT_ID}).
 * @param username the user name, none when {@literal null}.
 * @param password the password, none when {@literal null}.
 * @param topicFilter what Kaiwu subscribes to; every topic it delivers must be
 * {@code kaiwu/<device key>/telemetry} ({@code KAIWU_MQTT_EXTERNAL_TOPIC_FILTER}).
 * @param qos the subscription's QoS, 1 or 2.
 * @param tls whether to connect with TLS, trusting the JVM's trust store
 * ({@code KAIWU_MQTT_EXTERNAL_TLS}).
 * @param sessionExpiry how long the broker keeps the session, and queues messages for it,
 * while Kaiwu is disconnected.
 * @param reconnectMaxDelay the longest wait between two connection attempts (they start
 * at one second and double).
 */
@ConfigurationProperties("kaiwu.mqtt.external")
public record ExternalBrokerSettings(@DefaultValue("false") boolean enabled, @DefaultValue("127.0.0.1") String host,
		@DefaultValue("1883") int port, @DefaultValue("kaiwu") String clientId, @Nullable String username,
		@Nullable String password, @DefaultValue("kaiwu/+/telemetry") String topicFilter, @DefaultValue("1") int qos,
		@DefaultValue("false") boolean tls, @DefaultValue("7d") Duration sessionExpiry,
		@DefaultValue("2m") Duration reconnectMaxDelay) {

	public ExternalBrokerSettings {
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(
					"kaiwu.mqtt.external.port (KAIWU_MQTT_EXTERNAL_PORT) must be 1..65535, was " + port);
		}
		if (clientId.isBlank()) {
			throw new IllegalArgumentException("kaiwu.mqtt.external.client-id must not be empty: the persistent"
					+ " session at the broker belongs to it");
		}
		if (qos != 1 && qos != 2) {
			throw new IllegalArgumentException("kaiwu.mqtt.external.qos must be 1 or 2, was " + qos);
		}
		if (sessionExpiry.isNegative() || sessionExpiry.isZero()) {
			throw new IllegalArgumentException("kaiwu.mqtt.external.session-expiry must be positive");
		}
	}

}
