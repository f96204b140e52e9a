package io.kaiwu.telemetry;

/**
 * How far a measurement can be trusted (数据质量标记), as OPC UA status codes say it: good,
 * uncertain (for example a sensor out of calibration) or bad (a broken wire).
 */
public enum Quality {

	GOOD, UNCERTAIN, BAD

}
