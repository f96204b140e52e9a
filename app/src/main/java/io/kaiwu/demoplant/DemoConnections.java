package io.kaiwu.demoplant;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kaiwu.connectivity.ModbusConnections;
import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.connectivity.OpcUaConnections;
import io.kaiwu.connectivity.SparkplugEdgeNodes;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.simulator.OutletSettings;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import io.kaiwu.simulator.Simulator;
import io.kaiwu.shared.TenantId;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Connects the demo tenant to the virtual factory the way an engineer would through the
 * connectors pages: a registered Sparkplug B edge node for the gateway, an OPC UA
 * connection to the simulator's server (the injection moulding machines) and a Modbus TCP
 * connection to its register server (the meters). Each is named {@value #NAME} and
 * replaced at every start.
 */
class DemoConnections {

	static final String NAME = "virtual-factory";

	private final DeviceRegistry devices;

	private final ObjectProvider<SparkplugEdgeNodes> edgeNodes;

	private final ObjectProvider<OpcUaConnections> opcUa;

	private final ObjectProvider<ModbusConnections> modbus;

	DemoConnections(DeviceRegistry devices, ObjectProvider<SparkplugEdgeNodes> edgeNodes,
			ObjectProvider<OpcUaConnections> opcUa, ObjectProvider<ModbusConnections> modbus) {
		this.devices = devices;
		this.edgeNodes = edgeNodes;
		this.opcUa = opcUa;
		this.modbus = modbus;
	}

	/** The devices of a protocol that Kaiwu knows, with their registration. */
	private List<DeviceSummary> registered(List<SimulatedDevice> plant, Protocol protocol) {
		List<DeviceSummary> found = new ArrayList<>();
		for (SimulatedDevice device : plant) {
			if (device.protocol() == protocol) {
				this.devices.findByKey(device.key()).ifPresent(found::add);
			}
		}
		return found;
	}

	/**
	 * Registers the gateway as an edge node of the tenant of the plant's Sparkplug
	 * devices, with a fresh secret.
	 * @return user name and password, or empty when no such device is registered.
	 */
	Optional<SparkplugEdgeNodes.Credentials> gateway(List<SimulatedDevice> plant) {
		SparkplugEdgeNodes nodes = this.edgeNodes.getIfAvailable();
		List<DeviceSummary> known = registered(plant, Protocol.SPARKPLUG_B);
		if (nodes == null || known.isEmpty()) {
			return Optional.empty();
		}
		DeviceSummary first = known.get(0);
		return Optional.of(nodes.provide(first.tenant(), OutletSettings.SPARKPLUG_GROUP, OutletSettings.SPARKPLUG_NODE,
				first.nodeId(), "虚拟工厂网关 Virtual factory gateway"));
	}

	/** Defines the OPC UA and Modbus connections to the running simulator's servers. */
	void connect(List<SimulatedDevice> plant, Simulator simulator) {
		simulator.opcUaEndpoint().ifPresent((endpoint) -> opcUa(plant, endpoint));
		simulator.modbusPort().ifPresent((port) -> modbus(plant, simulator, port));
	}

	private void opcUa(List<SimulatedDevice> plant, String endpoint) {
		OpcUaConnections connections = this.opcUa.getIfAvailable();
		List<DeviceSummary> known = registered(plant, Protocol.OPC_UA);
		if (connections == null || known.isEmpty()) {
			return;
		}
		List<OpcUaConnectionDefinition.Mapping> mappings = new ArrayList<>();
		for (SimulatedDevice device : plant) {
			if (device.protocol() != Protocol.OPC_UA
					|| known.stream().noneMatch((d) -> d.deviceKey().equals(device.key()))) {
				continue;
			}
			for (SimulatedProperty property : device.properties()) {
				mappings.add(new OpcUaConnectionDefinition.Mapping(
						Simulator.opcUaNodeId(device.key(), property.identifier()), device.key(), property.identifier(),
						1000));
			}
		}
		connections.define(tenant(known),
				new OpcUaConnectionDefinition(NAME, endpoint, "None", "None", null, null, true, mappings));
	}

	private void modbus(List<SimulatedDevice> plant, Simulator simulator, int port) {
		ModbusConnections connections = this.modbus.getIfAvailable();
		List<DeviceSummary> known = registered(plant, Protocol.MODBUS_TCP);
		if (connections == null || known.isEmpty()) {
			return;
		}
		List<String> registers = new ArrayList<>();
		List<String> commands = new ArrayList<>();
		for (DeviceSummary device : known) {
			for (String line : simulator.modbusRegisterLines(device.deviceKey())) {
				// command registers name service.parameter in the property column
				String property = line.split(",", 3)[1];
				(property.contains(".") ? commands : registers).add(line);
			}
		}
		connections.define(tenant(known), new ModbusConnections.Definition(NAME, "127.0.0.1", port, 1,
				Duration.ofSeconds(1), Duration.ofSeconds(1), true, registers, commands));
	}

	private static TenantId tenant(List<DeviceSummary> known) {
		return known.get(0).tenant();
	}

}
