package io.kaiwu.health.kernel;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health monitor on signals whose truth is known: a healthy machine with noise and a
 * change of operating point, and a bearing whose vibration grows with the square of its
 * wear until it fails.
 */
class HealthMonitorTests {

	static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

	static final Duration STEP = Duration.ofSeconds(10);

	final SplittableRandom random = new SplittableRandom(42);

	@Test
	void aHealthyMachineLearnsItsBaselineAndStaysNormalAtFullHealth() {
		HealthMonitor monitor = new HealthMonitor(HealthSettings.DEFAULTS);
		Assessment last = null;
		for (Instant t = START; t.isBefore(START.plus(Duration.ofHours(24))); t = t.plus(STEP)) {
			last = monitor.accept(t, true, 1.6 + noise(), 36 + 0.2 * this.random.nextGaussian(), 50);
			if (t.isBefore(START.plus(Duration.ofMinutes(59)))) {
				assertThat(last.phase()).isEqualTo(Phase.LEARNING);
				assertThat(last.healthIndex()).isEqualTo(100);
			}
		}
		assertThat(last.phase()).isEqualTo(Phase.NORMAL);
		assertThat(last.warnedAt()).isNull();
		assertThat(last.prognosis()).isNull();
		assertThat(last.healthIndex()).isGreaterThan(95);
	}

	@Test
	void runningFasterRaisesVibrationWithTheLoadWithoutCountingAsDegradation() {
		HealthMonitor monitor = new HealthMonitor(HealthSettings.DEFAULTS);
		Assessment last = null;
		for (Instant t = START; t.isBefore(START.plus(Duration.ofHours(6))); t = t.plus(STEP)) {
			boolean faster = t.isAfter(START.plus(Duration.ofHours(2)));
			double speed = faster ? 1.2 : 1.0; // spindle override 120 %
			last = monitor.accept(t, true, 1.6 * speed + noise(), 36, 50 * Math.pow(speed, 1.5));
		}
		assertThat(last.phase()).isEqualTo(Phase.NORMAL);
		assertThat(last.vibrationExcess()).isLessThan(0.1);
	}

	@Test
	void idleTimeNeitherTeachesNorAlarms() {
		HealthMonitor monitor = new HealthMonitor(HealthSettings.DEFAULTS);
		Assessment last = null;
		for (Instant t = START; t.isBefore(START.plus(Duration.ofHours(3))); t = t.plus(STEP)) {
			last = monitor.accept(t, false, 0.05, 24, 0);
		}
		assertThat(last.phase()).isEqualTo(Phase.LEARNING);
	}

	@Test
	void aWearingBearingIsDetectedAndWarnedAboutHoursBeforeItFails() {
		HealthMonitor monitor = new HealthMonitor(HealthSettings.DEFAULTS);
		Instant onset = START.plus(Duration.ofHours(2));
		Duration toFailure = Duration.ofHours(8);
		double rise = 9; // mm/s at failure
		Instant failure = onset.plus(toFailure);
		Assessment warned = null;
		Assessment last = null;
		for (Instant t = START; t.isBefore(failure); t = t.plus(STEP)) {
			double progress = t.isAfter(onset) ? (double) Duration.between(onset, t).toMillis() / toFailure.toMillis()
					: 0;
			last = monitor.accept(t, true, 1.6 + rise * progress * progress + noise(), 36 + 15 * progress * progress,
					50);
			if (warned == null && last.warnsNow()) {
				warned = last;
			}
		}
		assertThat(warned).as("warned before the failure").isNotNull();
		assertThat(Duration.between(warned.at(), failure)).isGreaterThan(Duration.ofHours(3));
		Prognosis p = warned.prognosis();
		assertThat(p.earliest()).isBefore(failure);
		assertThat(failure).isBetween(p.earliest(), p.latest());
		assertThat(last.phase()).isEqualTo(Phase.DEGRADING);
		assertThat(last.healthIndex()).isLessThan(10);
	}

	/** Sensor noise and slow drift of a healthy machine, mm/s. */
	private double noise() {
		return Math.abs(0.05 * this.random.nextGaussian());
	}

}
