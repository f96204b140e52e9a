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
 * @param sparkplugUsername the MQTT user name of the Sparkplug B edge node (for Kaiwu
 * {@code spb:kaiwu-demo:sim-edge-01}); empty to connect without one.
 * @param sparkplugPassword its password (for Kaiwu the edge node's secret).
 */
public record OutletSettings(URI mqttBroker, int opcUaPort, int modbusPort, Map<String, String> secrets,
		String sparkplugUsername, String sparkplugPassword) {

	/** The Sparkplug B group of the simulated edge node. */
	public static final String SPARKPLUG_GROUP = "kaiwu-demo";

	/** The simulated edge node (a gateway in the utilities area). */
	public static final String SPARKPLUG_NODE = "sim-edge-01";

	public OutletSettings {
		secrets = Map.copyOf(secrets);
	}

	/** Settings for an edge node that signs in without credentials. */
	public OutletSettings(URI mqttBroker, int opcUaPort, int modbusPort, Map<String, String> secrets) {
		this(mqttBroker, opcUaPort, modbusPort, secrets, "", "");
	}

}
