package io.kaiwu.alarm.evaluation;

import java.time.Instant;

import io.kaiwu.telemetry.MeasurementsStored;

/** What the evaluation thread is given to do. */
sealed interface Work {

	/** New measurements to judge. */
	record Stored(MeasurementsStored event) implements Work {
	}

	/** Time passed: no-data rules look for silence. */
	record Tick(Instant now) implements Work {
	}

}
