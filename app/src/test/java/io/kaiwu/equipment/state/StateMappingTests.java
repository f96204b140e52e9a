package io.kaiwu.equipment.state;

import java.util.Map;

import io.kaiwu.equipment.MachineState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Signals become machine states by each machine's mapping. */
class StateMappingTests {

	final StateMapping simulatorState = new StateMapping.ByValue("state",
			Map.of("running", MachineState.RUNNING, "idle", MachineState.IDLE, "setup", MachineState.SETUP, "fault",
					MachineState.DOWN, "off", MachineState.PLANNED_STOP),
			MachineState.IDLE);

	@Test
	void aStateTextIsLookedUpIgnoringCase() {
		assertThat(this.simulatorState.stateOf(Map.of("state", "RUNNING"))).contains(MachineState.RUNNING);
		assertThat(this.simulatorState.stateOf(Map.of("state", "fault", "temperature", 41.5)))
			.contains(MachineState.DOWN);
	}

	@Test
	void anUnlistedTextIsTheFallbackAndAMessageWithoutThePropertyChangesNothing() {
		assertThat(this.simulatorState.stateOf(Map.of("state", "warming-up"))).contains(MachineState.IDLE);
		assertThat(this.simulatorState.stateOf(Map.of("temperature", 41.5))).isEmpty();
	}

	@Test
	void aSpindleTurningMeansRunning() {
		StateMapping spindle = new StateMapping.AboveLimit("spindleSpeed", 0, MachineState.RUNNING, MachineState.IDLE);

		assertThat(spindle.stateOf(Map.of("spindleSpeed", 8000))).contains(MachineState.RUNNING);
		assertThat(spindle.stateOf(Map.of("spindleSpeed", 0.0))).contains(MachineState.IDLE);
		assertThat(spindle.stateOf(Map.of("spindleSpeed", "fast"))).isEmpty();
	}

	@Test
	void onlyFailuresAndSetupsAreDowntime() {
		assertThat(MachineState.DOWN.isDowntime()).isTrue();
		assertThat(MachineState.SETUP.isDowntime()).isTrue();
		assertThat(MachineState.PLANNED_STOP.isDowntime()).isFalse();
		assertThat(MachineState.IDLE.isDowntime()).isFalse();
	}

}
