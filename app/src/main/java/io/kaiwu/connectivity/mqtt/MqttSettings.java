package io.kaiwu.connectivity.mqtt;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded MQTT broker's settings (docs/configuration.md).
 *
 * @param enabled whether the broker runs ({@code KAIWU_MQTT_ENABLED}).
 * @param port the TCP port ({@code KAIWU_MQTT_PORT}); {@code 0} picks a free one.
 * @param bindAddress the address to listen on ({@code KAIWU_MQTT_BIND_ADDRESS}).
 * @param directory where the broker keeps its configuration and data
 * ({@code KAIWU_MQTT_DIRECTORY}).
 * @param persistence {@code file} (sessions and queued messages survive a restart) or
 * {@code in-memory} ({@code KAIWU_MQTT_PERSISTENCE}).
 * @param ingestTimeout how long a message may take to be stored before the publisher gets
 * an error instead of an acknowledgement.
 * @param ingestThreads threads that hand messages to telemetry ingestion.
 */
@ConfigurationProperties("kaiwu.mqtt")
public record MqttSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1883") int port,
		@DefaultValue("0.0.0.0") String bindAddress, @DefaultValue("./data/mqtt") Path directory,
		@DefaultValue("file") String persistence, @DefaultValue("10s") Duration ingestTimeout,
		@DefaultValue("4") int ingestThreads) {

	public MqttSettings {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("kaiwu.mqtt.port (KAIWU_MQTT_PORT) must be 0..65535, was " + port);
		}
		if (!"file".equals(persistence) && !"in-memory".equals(persistence)) {
			throw new IllegalArgumentException(
					"kaiwu.mqtt.persistence (KAIWU_MQTT_PERSISTENCE) must be file or in-memory, was " + persistence);
		}
		if (ingestThreads < 1) {
			throw new IllegalArgumentException("kaiwu.mqtt.ingest-threads must be at least 1");
		}
	}

}
