package io.kaiwu.demoplant;

import io.kaiwu.connectivity.ModbusConnections;
import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.connectivity.OpcUaConnections;
import io.kaiwu.connectivity.SparkplugEdgeNodes;
import io.kaiwu.device.DeviceRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo plant exists when the demo is on ({@code kaiwu.demo.enabled}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kaiwu.demo.enabled", matchIfMissing = true)
class DemoPlantConfiguration {

	@Bean
	DemoPlant demoPlant(DemoPlantSettings settings, DeviceRegistry devices, ObjectProvider<MqttEndpoint> broker,
			ObjectProvider<SparkplugEdgeNodes> edgeNodes, ObjectProvider<OpcUaConnections> opcUa,
			ObjectProvider<ModbusConnections> modbus) {
		return new DemoPlant(settings, devices, broker, new DemoConnections(devices, edgeNodes, opcUa, modbus));
	}

}
