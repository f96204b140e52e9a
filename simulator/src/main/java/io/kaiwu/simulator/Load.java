package io.kaiwu.simulator;

/** Something that draws electric power, as a power meter beside it measures. */
interface Load {

	/** The active power drawn now, in kW. */
	double powerKw();

	/** The power factor now (0..1). */
	double powerFactor();

}
