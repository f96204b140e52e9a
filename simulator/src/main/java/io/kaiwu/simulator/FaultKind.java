package io.kaiwu.simulator;

/**
 * The faults the virtual factory injects, on a schedule drawn from the seed or on demand.
 * Their signatures and parameter ranges are in docs/simulator.md.
 */
public enum FaultKind {

	/**
	 * A CNC spindle bearing wears out: vibration and temperature trend up for 4–12 hours,
	 * then the machine breaks down for 2–6 hours until the bearing is replaced.
	 */
	BEARING_WEAR,

	/**
	 * A compressed-air leak of 0.6–2.0 m³/min: the compressor's flow and power rise at
	 * the same pressure for 8–48 hours, through breaks too.
	 */
	AIR_LEAK,

	/**
	 * A gas leak at one detector: CO, H₂S and LEL rise, hold and clear within an hour.
	 */
	GAS_LEAK,

	/**
	 * The boiler's burner out of tune: SO₂ and NOx over the GB 13271-2014 limits for
	 * 30–120 minutes.
	 */
	STACK_EXCEEDANCE

}
