package io.kaiwu.demoplant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo plant (docs/configuration.md, docs/simulator.md).
 *
 * @param enabled run the virtual factory inside Kaiwu when the demo is on
 * ({@code KAIWU_DEMOPLANT_ENABLED}).
 * @param seed the seed of the plant: the same seed gives the same plant.
 * @param acceleration plant time per real time; above 1 the plant's time stamps run ahead
 * of Kaiwu's clock and are refused once more than {@code kaiwu.telemetry.max-future}
 * ahead.
 * @param period real time between two samples of every device.
 * @param opcUaPort the port of the simulator's OPC UA server
 * ({@code KAIWU_SIM_OPCUA_PORT}).
 * @param modbusPort the port of the simulator's Modbus TCP server
 * ({@code KAIWU_SIM_MODBUS_PORT}).
 */
@ConfigurationProperties("kaiwu.demo-plant")
public record DemoPlantSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1") long seed,
		@DefaultValue("1") double acceleration, @DefaultValue("1s") Duration period,
		@DefaultValue("4840") int opcUaPort, @DefaultValue("5020") int modbusPort) {

	public DemoPlantSettings {
		if (!(acceleration > 0)) {
			throw new IllegalArgumentException("kaiwu.demo-plant.acceleration must be positive, was " + acceleration);
		}
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("kaiwu.demo-plant.period must be positive, was " + period);
		}
	}

}
