package io.kaiwu.health.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The health monitor of one machine (设备健康监测), fed its samples in time order.
 * <p>
 * Method, in plain statistics:
 * <ol>
 * <li>Features come from running samples only. Vibration is normalised to the operating
 * point through the spindle load (the current proxy): normal vibration is learnt as
 * {@code k · load^(2/3)}, since the vibration velocity grows with speed and the load with
 * speed to the power 1.5.</li>
 * <li>The excess of the vibration over that baseline is smoothed by a time-based EWMA;
 * when it stays above {@link HealthSettings#detectionRise()} for
 * {@link HealthSettings#confirmation()}, degradation is detected (streaming anomaly
 * detection).</li>
 * <li>From then on, the minute means of the excess are fitted as a degradation that grows
 * with the square of time ({@link DegradationTrend}); where it meets
 * {@link HealthSettings#failureRise()} is the expected failure: between where it meets
 * {@link HealthSettings#failureRise()} (early) and
 * {@link HealthSettings#failureRiseLate()} (late), most likely in the middle, each with
 * the fit's own uncertainty.</li>
 * <li>A warning is given once, when the trend is significant and the early end of the
 * band falls within {@link HealthSettings#warningHorizon()}.</li>
 * </ol>
 * A repaired machine gets a new monitor, which learns again.
 * <p>
 * The health index is 100 × (1 − the larger of the vibration and the steady-running
 * temperature excess as a share of their failure rises), clipped to 0–100.
 */
public final class HealthMonitor {

	/** A gap longer than this between running samples does not count as running time. */
	private static final Duration GAP = Duration.ofMinutes(1);

	/**
	 * Steady-running temperatures needed before the temperature counts in the health
	 * index.
	 */
	private static final int SETTLED_SAMPLES = 30;

	private final HealthSettings settings;

	private Phase phase = Phase.LEARNING;

	private Duration learnt = Duration.ZERO;

	private double sumRatio;

	private int learnedSamples;

	private double sumSettledTemperature;

	private int settledSamples;

	private @Nullable Instant lastRunning;

	private @Nullable Instant runningSince;

	private double ewma = Double.NaN;

	private double temperatureExcess = Double.NaN;

	private @Nullable Instant aboveSince;

	private @Nullable Instant risingSince;

	private final Deque<DegradationTrend.Point> trend = new ArrayDeque<>();

	private long minute = Long.MIN_VALUE;

	private double minuteSum;

	private int minuteCount;

	private @Nullable Prognosis prognosis;

	private @Nullable Instant warnedAt;

	private @Nullable Instant origin;

	public HealthMonitor(HealthSettings settings) {
		this.settings = settings;
	}

	/**
	 * Takes one sample.
	 * @param at its time; samples must come in time order
	 * @param running whether the machine was running (producing)
	 * @param vibration vibration velocity RMS, mm/s
	 * @param temperature spindle or bearing temperature, °C
	 * @param load spindle load, % (the current proxy)
	 * @return the assessment after the sample
	 */
	public Assessment accept(Instant at, boolean running, double vibration, double temperature, double load) {
		if (this.origin == null) {
			this.origin = at;
		}
		if (!running || load <= 1 || !Double.isFinite(vibration) || !Double.isFinite(load)) {
			this.runningSince = null;
			this.lastRunning = null;
			return assessment(at);
		}
		Duration step = (this.lastRunning == null) ? GAP.plusNanos(1) : Duration.between(this.lastRunning, at);
		Instant since = this.runningSince;
		if (since == null || step.isNegative() || step.compareTo(GAP) > 0) {
			since = at;
			step = Duration.ZERO;
		}
		this.runningSince = since;
		this.lastRunning = at;
		boolean settled = Duration.between(since, at).compareTo(this.settings.thermalSettling()) >= 0;
		if (this.phase == Phase.LEARNING) {
			learn(step, vibration, temperature, load, settled);
			return assessment(at);
		}
		double excess = vibration - normalVibration(load);
		smooth(step, excess);
		if (settled && Double.isFinite(temperature)) {
			if (this.settledSamples < SETTLED_SAMPLES && this.risingSince == null) {
				this.sumSettledTemperature += temperature;
				this.settledSamples++;
			}
			if (this.settledSamples >= SETTLED_SAMPLES) {
				this.temperatureExcess = temperature - this.sumSettledTemperature / this.settledSamples;
			}
		}
		collect(at, excess);
		detect(at);
		if (this.phase == Phase.DEGRADING) {
			forecast(at);
		}
		return assessment(at);
	}

	private void learn(Duration step, double vibration, double temperature, double load, boolean settled) {
		this.sumRatio += vibration / Math.pow(load, 2.0 / 3);
		this.learnedSamples++;
		if (settled && Double.isFinite(temperature)) {
			this.sumSettledTemperature += temperature;
			this.settledSamples++;
		}
		this.learnt = this.learnt.plus(step);
		if (this.learnt.compareTo(this.settings.learningTime()) >= 0) {
			this.phase = Phase.NORMAL;
		}
	}

	private double normalVibration(double load) {
		return this.sumRatio / this.learnedSamples * Math.pow(load, 2.0 / 3);
	}

	private void smooth(Duration step, double excess) {
		if (Double.isNaN(this.ewma)) {
			this.ewma = excess;
			return;
		}
		double weight = 1 - Math.exp(-(double) step.toMillis() / this.settings.smoothing().toMillis());
		this.ewma += weight * (excess - this.ewma);
	}

	/** Keeps the minute means of the excess over the trend window. */
	private void collect(Instant at, double excess) {
		long m = at.getEpochSecond() / 60;
		if (m != this.minute && this.minuteCount > 0) {
			this.trend.addLast(new DegradationTrend.Point(hours(Instant.ofEpochSecond(this.minute * 60 + 30)),
					this.minuteSum / this.minuteCount));
			this.minuteSum = 0;
			this.minuteCount = 0;
		}
		this.minute = m;
		this.minuteSum += excess;
		this.minuteCount++;
		double oldest = hours(at.minus(this.settings.trendWindow()));
		while (!this.trend.isEmpty() && this.trend.peekFirst().hours() < oldest) {
			this.trend.removeFirst();
		}
	}

	private void detect(Instant at) {
		double rise = this.settings.detectionRise();
		if (this.ewma > rise / 2) {
			if (this.risingSince == null) {
				this.risingSince = at;
			}
		}
		else if (this.phase == Phase.NORMAL) {
			this.risingSince = null;
		}
		if (this.phase != Phase.NORMAL) {
			return;
		}
		if (this.ewma > rise) {
			if (this.aboveSince == null) {
				this.aboveSince = at;
			}
			if (Duration.between(this.aboveSince, at).compareTo(this.settings.confirmation()) >= 0) {
				this.phase = Phase.DEGRADING;
			}
		}
		else {
			this.aboveSince = null;
		}
	}

	private void forecast(Instant at) {
		Instant since = this.risingSince;
		if (since == null || Duration.between(since, at).compareTo(this.settings.minimumTrend()) < 0) {
			return;
		}
		double from = hours(since);
		List<DegradationTrend.Point> points = new ArrayList<>();
		for (DegradationTrend.Point p : this.trend) {
			if (p.hours() >= from) {
				points.add(p);
			}
		}
		Optional<DegradationTrend.Fit> fit = DegradationTrend.fit(points);
		if (fit.isEmpty() || fit.get().significance() < this.settings.minimumSignificance()) {
			this.prognosis = null;
			return;
		}
		DegradationTrend.Fit f = fit.get();
		double now = hours(at);
		double early = this.settings.failureRise();
		double late = this.settings.failureRiseLate();
		double earliestHours = Math.max(now, f.earliest(early));
		double failureHours = Math.max(earliestHours, f.crossing((early + late) / 2));
		Instant earliest = instant(earliestHours);
		Instant failure = instant(failureHours);
		Instant latest = instant(Math.max(failureHours, f.latest(late)));
		this.prognosis = new Prognosis(at, failure, earliest, latest);
		if (this.warnedAt == null && Duration.between(at, earliest).compareTo(this.settings.warningHorizon()) <= 0) {
			this.warnedAt = at;
		}
	}

	private Assessment assessment(Instant at) {
		double vibration = Double.isNaN(this.ewma) ? 0 : Math.max(0, this.ewma) / this.settings.failureRise();
		double temperature = Double.isNaN(this.temperatureExcess) ? 0
				: Math.max(0, this.temperatureExcess) / this.settings.temperatureFailureRise();
		double index = (this.phase == Phase.LEARNING) ? 100
				: Math.round(1000 * (1 - Math.min(1, Math.max(vibration, temperature)))) / 10.0;
		return new Assessment(at, this.phase, index, Double.isNaN(this.ewma) ? 0 : this.ewma, this.temperatureExcess,
				this.prognosis, this.warnedAt);
	}

	private double hours(Instant at) {
		return Duration.between(this.origin, at).toMillis() / 3_600_000.0;
	}

	private Instant instant(double hours) {
		return this.origin.plusMillis(Math.round(hours * 3_600_000));
	}

}
