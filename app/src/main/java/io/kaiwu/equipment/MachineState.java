package io.kaiwu.equipment;

/** What a machine is doing (设备状态), derived from its signals. */
public enum MachineState {

	/** Producing. */
	RUNNING,
	/** Ready but not producing (waiting for material, operator …). */
	IDLE,
	/** Changeover, setup or adjustment. */
	SETUP,
	/** Stopped by a failure. */
	DOWN,
	/** Not meant to produce: break, no order, planned maintenance. */
	PLANNED_STOP;

	/** Whether this state is an unplanned stop that counts as downtime. */
	public boolean isDowntime() {
		return this == DOWN || this == SETUP;
	}

}
