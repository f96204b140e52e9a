package io.kaiwu.simulator;

import java.util.List;

/**
 * One device of the virtual factory as the outside world sees it.
 *
 * @param key the device key, the same as in Kaiwu's registry (for example
 * {@code demo-cnc-01}).
 * @param kind the kind of machine or meter, for example {@code cnc}; outlets that need a
 * fixed layout (Modbus registers) derive it from the property list, not the kind.
 * @param protocol the protocol it speaks.
 * @param properties what it reports, in a fixed order.
 */
public record SimulatedDevice(String key, String kind, Protocol protocol, List<SimulatedProperty> properties) {

	public SimulatedDevice {
		properties = List.copyOf(properties);
	}

}
