package io.kaiwu.simulator;

import java.net.URI;
import java.util.Map;

/**
 * What the outlets need to know to start, whoever starts the simulator (Kaiwu's demo or
 * the command line).
 *
 * @param mqttBroker the broker the MQTT JSON and Sparkplug B outlets connect to, for
 * example {@code tcp://127.0.0.1:1883}.
 * @param opcUaPort the port the simulator's OPC UA server listens on
 * ({@code KAIWU_SIM_OPCUA_PORT}, 4840 by default).
 * @param modbusPort the port the simulator's Modbus TCP server listens on
 * ({@code KAIWU_SIM_MODBUS_PORT}, 5020 by default).
 * @param secrets each device's secret by device key.
 */
public record OutletSettings(URI mqttBroker, int opcUaPort, int modbusPort, Map<String, String> secrets) {

	public OutletSettings {
		secrets = Map.copyOf(secrets);
	}

}
