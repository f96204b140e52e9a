package io.kaiwu.connectivity.sparkplug;

import io.kaiwu.connectivity.mqtt.MqttBroker;
import io.kaiwu.device.CommandReplies;
import io.kaiwu.device.DeviceProvisioning;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.telemetry.TelemetryIngestion;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Sparkplug B host on the embedded broker, unless the broker or
 * {@code kaiwu.sparkplug.enabled} is off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kaiwu.mqtt.enabled", matchIfMissing = true)
class SparkplugConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "kaiwu.sparkplug.enabled", matchIfMissing = true)
	SparkplugHost sparkplugHost(SparkplugHostSettings settings, MqttBroker broker, ManagingEdgeNodes edgeNodes,
			DeviceRegistry devices, DeviceProvisioning provisioning, ObjectProvider<TelemetryIngestion> ingestion,
			ObjectProvider<CommandReplies> replies, JsonMapper json, MeterRegistry meters) {
		return new SparkplugHost(settings, broker, edgeNodes, devices, provisioning, ingestion, replies, json, meters);
	}

}
