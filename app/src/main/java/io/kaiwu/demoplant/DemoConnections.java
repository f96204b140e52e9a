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
import io.kaiwu.simulator.modbus.ModbusOutlet;
import io.kaiwu.simulator.modbus.RegisterEntry;
import io.kaiwu.shared.TenantId;
import io.kaiwu.simulator.opcua.OpcUaOutlet;

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

	/** The simulator's OPC UA namespace (its first own one). */
	private static final int NAMESPACE = 2;

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
		simulator.outlet(Protocol.OPC_UA)
			.filter(OpcUaOutlet.class::isInstance)
			.map(OpcUaOutlet.class::cast)
			.ifPresent((server) -> opcUa(plant, server));
		simulator.outlet(Protocol.MODBUS_TCP)
			.filter(ModbusOutlet.class::isInstance)
			.map(ModbusOutlet.class::cast)
			.ifPresent((server) -> modbus(plant, server));
	}

	private void opcUa(List<SimulatedDevice> plant, OpcUaOutlet server) {
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
						"ns=" + NAMESPACE + ";s=" + OpcUaOutlet.nodeKey(device.key(), property.identifier()),
						device.key(), property.identifier(), 1000));
			}
		}
		connections.define(tenant(known),
				new OpcUaConnectionDefinition(NAME, server.endpointUrl(), "None", "None", null, null, true, mappings));
	}

	private void modbus(List<SimulatedDevice> plant, ModbusOutlet server) {
		ModbusConnections connections = this.modbus.getIfAvailable();
		List<DeviceSummary> known = registered(plant, Protocol.MODBUS_TCP);
		if (connections == null || known.isEmpty()) {
			return;
		}
		List<String> registers = new ArrayList<>();
		List<String> commands = new ArrayList<>();
		for (DeviceSummary device : known) {
			for (RegisterEntry entry : server.registerMap(device.deviceKey())) {
				// command registers name service.parameter in place of a property
				(entry.property().contains(".") ? commands : registers).add(entry.csv());
			}
		}
		connections.define(tenant(known), new ModbusConnections.Definition(NAME, "127.0.0.1", server.boundPort(), 1,
				Duration.ofSeconds(1), Duration.ofSeconds(1), true, registers, commands));
	}

	private static TenantId tenant(List<DeviceSummary> known) {
		return known.get(0).tenant();
	}

}
