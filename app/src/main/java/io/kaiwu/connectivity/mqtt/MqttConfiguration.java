package io.kaiwu.connectivity.mqtt;

import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The embedded broker, unless {@code kaiwu.mqtt.enabled} is {@code false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kaiwu.mqtt.enabled", matchIfMissing = true)
class MqttConfiguration {

	@Bean
	@Order(0)
	MqttBroker mqttBroker(MqttSettings settings, MqttTlsSettings tls, DeviceRegistry devices,
			ObjectProvider<TelemetryIngestion> ingestion, ObjectProvider<CommandReplies> replies, JsonMapper json,
			MeterRegistry meters, ObjectProvider<MqttNamespace> namespaces) {
		return new MqttBroker(settings, tls, devices, ingestion, replies, json, meters,
				() -> namespaces.orderedStream().toList());
	}

}
