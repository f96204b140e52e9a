package io.kaiwu.simulator;

import java.util.Locale;

/** The states of a machine, as the {@code state} property reports them. */
public enum MachineState {

	/** Making parts. */
	RUNNING,
	/** Ready but not making parts: waiting for material or an operator, or a break. */
	IDLE,
	/** Changing over to another part (tooling, first-article check). */
	SETUP,
	/** Broken down, waiting for or under repair. */
	DOWN;

	/** The value the {@code state} property reports, for example {@code running}. */
	public String text() {
		return name().toLowerCase(Locale.ROOT);
	}

}
