package io.kaiwu.connectivity.external;

import io.kaiwu.telemetry.TelemetryIngestion;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The subscription to an external broker, when {@code kaiwu.mqtt.external.enabled} is
 * {@code true}; it runs beside the embedded broker or, with
 * {@code kaiwu.mqtt.enabled=false}, alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kaiwu.mqtt.external.enabled")
class ExternalConfiguration {

	@Bean
	@Order(10)
	ExternalBroker externalBroker(ExternalBrokerSettings settings, TelemetryIngestion ingestion) {
		return new ExternalBroker(settings, ingestion);
	}

}
