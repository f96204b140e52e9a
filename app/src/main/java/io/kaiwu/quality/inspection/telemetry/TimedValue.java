package io.kaiwu.quality.inspection.telemetry;

import java.time.Instant;

/** One measured value at its measurement time. */
record TimedValue(Instant at, double value) {
}
