package io.kaiwu.simulator;

/** How a simulated device reaches the platform. */
public enum Protocol {

	/** Kaiwu's JSON over MQTT: {@code kaiwu/{deviceKey}/telemetry}. */
	MQTT_JSON,

	/** Sparkplug B (spBv1.0) through an edge node. */
	SPARKPLUG_B,

	/** Variables in the simulator's OPC UA server. */
	OPC_UA,

	/** Registers in the simulator's Modbus TCP server, one unit id per device. */
	MODBUS_TCP

}
