package io.kaiwu.simulator;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.kaiwu.simulator.modbus.ModbusOutlet;
import io.kaiwu.simulator.opcua.OpcUaOutlet;
import io.kaiwu.simulator.sparkplug.SparkplugOutlet;
import io.kaiwu.simulator.sparkplug.SparkplugSettings;

import io.kaiwu.simulator.mqtt.MqttJsonOutlet;

/**
 * Which outlet carries each protocol's devices out of the factory. A protocol without an
 * outlet here is simulated but not exposed.
 */
public final class Outlets {

	private final Map<Protocol, Function<OutletSettings, Outlet>> factories;

	private Outlets(Map<Protocol, Function<OutletSettings, Outlet>> factories) {
		this.factories = new EnumMap<>(factories);
	}

	/** Every outlet the simulator has. */
	public static Outlets standard() {
		Map<Protocol, Function<OutletSettings, Outlet>> factories = new EnumMap<>(Protocol.class);
		factories.put(Protocol.MQTT_JSON, (settings) -> new MqttJsonOutlet(settings.mqttBroker(), settings.secrets()));
		factories.put(Protocol.OPC_UA, (settings) -> {
			OpcUaOutlet.Settings env = OpcUaOutlet.Settings.fromEnvironment();
			return new OpcUaOutlet(
					new OpcUaOutlet.Settings(settings.opcUaPort(), env.bindAddress(), env.username(), env.password()));
		});
		// the demo's meters have no services, so no command block
		factories.put(Protocol.MODBUS_TCP,
				(settings) -> new ModbusOutlet("127.0.0.1", settings.modbusPort(), Map.of()));
		factories.put(Protocol.SPARKPLUG_B,
				(settings) -> new SparkplugOutlet(new SparkplugSettings(settings.mqttBroker().toString(),
						settings.sparkplugUsername(), settings.sparkplugPassword(), OutletSettings.SPARKPLUG_GROUP,
						OutletSettings.SPARKPLUG_NODE, null)));
		return new Outlets(factories);
	}

	/** Only the outlets of these protocols. */
	public Outlets only(Protocol... protocols) {
		Map<Protocol, Function<OutletSettings, Outlet>> kept = new EnumMap<>(Protocol.class);
		for (Protocol protocol : protocols) {
			Function<OutletSettings, Outlet> factory = this.factories.get(protocol);
			if (factory != null) {
				kept.put(protocol, factory);
			}
		}
		return new Outlets(kept);
	}

	/** Whether the protocol has an outlet. */
	public boolean has(Protocol protocol) {
		return this.factories.containsKey(protocol);
	}

	/** A new outlet for the protocol, not started; empty when it has none. */
	public Optional<Outlet> create(Protocol protocol, OutletSettings settings) {
		return Optional.ofNullable(this.factories.get(protocol)).map((factory) -> factory.apply(settings));
	}

}
