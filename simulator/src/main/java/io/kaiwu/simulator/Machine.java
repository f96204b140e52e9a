package io.kaiwu.simulator;

import java.util.List;
import java.util.random.RandomGenerator;

/** A production machine: it has a duty cycle, draws power and uses compressed air. */
abstract class Machine extends DeviceModel implements Load {

	protected final MachineDuty duty;

	Machine(String key, String kind, Protocol protocol, List<SimulatedProperty> properties, RandomGenerator random,
			MachineDuty duty) {
		super(key, kind, protocol, properties, random);
		this.duty = duty;
	}

	final MachineState state() {
		return this.duty.state();
	}

	final boolean running() {
		return this.duty.state() == MachineState.RUNNING;
	}

	/** Compressed air the machine uses while running, m³/min (free air). */
	abstract double airWhileRunning();

}
