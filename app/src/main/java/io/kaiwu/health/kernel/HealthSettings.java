package io.kaiwu.health.kernel;

import java.time.Duration;

/**
 * The frozen parameters of the health monitor. They were chosen on tuning runs of the
 * simulator (seeds outside the evaluation's) and then fixed before the evaluation in
 * {@code docs/benchmarks.md}; change them only with a new evaluation.
 *
 * @param learningTime running time from which a machine's normal vibration is learnt
 * @param smoothing time constant of the exponentially weighted moving average (EWMA) of
 * the vibration excess
 * @param detectionRise vibration increase over the learnt baseline, mm/s, that counts as
 * degradation once the EWMA has stayed above it for {@code confirmation}
 * @param confirmation how long the EWMA must stay above {@code detectionRise}
 * @param failureRise the lowest vibration increase, mm/s, at which a bearing of this kind
 * of machine has failed: the early end of the failure band, and 0 of the health index
 * @param failureRiseLate the highest vibration increase at which one has failed: the late
 * end of the failure band; the most likely failure is where the trend reaches the middle
 * @param temperatureFailureRise temperature increase at steady running, °C, taken as
 * failed, for the health index
 * @param thermalSettling continuous running time after which the temperature counts (it
 * lags the load by about a quarter of an hour)
 * @param minimumTrend trend history needed before a remaining life is estimated
 * @param trendWindow how far back the trend is fitted
 * @param minimumSignificance the slope's t statistic the trend needs to be believed
 * @param warningHorizon a warning (and a predictive maintenance order) is given when the
 * earliest likely failure falls within this time
 */
public record HealthSettings(Duration learningTime, Duration smoothing, double detectionRise, Duration confirmation,
		double failureRise, double failureRiseLate, double temperatureFailureRise, Duration thermalSettling,
		Duration minimumTrend, Duration trendWindow, double minimumSignificance, Duration warningHorizon) {

	/** The frozen defaults. */
	public static final HealthSettings DEFAULTS = new HealthSettings(Duration.ofHours(1), Duration.ofMinutes(5), 0.5,
			Duration.ofMinutes(10), 6.0, 12.0, 12.0, Duration.ofMinutes(45), Duration.ofMinutes(20),
			Duration.ofHours(6), 4.0, Duration.ofHours(24));

	public HealthSettings {
		if (detectionRise <= 0 || failureRise <= detectionRise) {
			throw new IllegalArgumentException("the failure rise must be above the detection rise, and both above 0: "
					+ detectionRise + ", " + failureRise);
		}
		if (failureRiseLate < failureRise) {
			throw new IllegalArgumentException("the late failure rise must not be below the early one");
		}
		if (minimumSignificance <= 0 || temperatureFailureRise <= 0) {
			throw new IllegalArgumentException("significance and temperature rise must be above 0");
		}
	}

}
