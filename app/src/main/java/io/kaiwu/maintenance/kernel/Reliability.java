package io.kaiwu.maintenance.kernel;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * MTBF and MTTR of one machine over a period (平均故障间隔时间 / 平均修复时间).
 * <ul>
 * <li>MTBF = operating time / number of failures: operating time is the RUNNING time
 * inside the period.</li>
 * <li>MTTR = total repair time / number of repairs: every failure that began in the
 * period was repaired (it ended), and its whole down time counts, also the part after the
 * period's end.</li>
 * </ul>
 * With no failure in the period neither mean exists.
 *
 * @param operating RUNNING time inside the period
 * @param failures failures that began in the period
 * @param repair down time of those failures
 */
public record Reliability(Duration operating, int failures, Duration repair) {

	public Reliability {
		Objects.requireNonNull(operating, "operating");
		Objects.requireNonNull(repair, "repair");
		if (operating.isNegative() || repair.isNegative() || failures < 0) {
			throw new IllegalArgumentException("times and counts must not be negative");
		}
	}

	/**
	 * Reliability over a period from running periods and failures (each a stop from its
	 * start to its end).
	 * @param period the period asked about.
	 * @param running the RUNNING periods; only their part inside the period counts.
	 * @param failures the failures; those beginning inside the period count.
	 * @return the figures.
	 */
	public static Reliability over(Period period, List<Period> running, List<Period> failures) {
		Duration operating = running.stream().map((r) -> r.overlap(period)).reduce(Duration.ZERO, Duration::plus);
		List<Period> counted = failures.stream()
			.filter((f) -> !f.start().isBefore(period.start()) && f.start().isBefore(period.end()))
			.toList();
		Duration repair = counted.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
		return new Reliability(operating, counted.size(), repair);
	}

	/** Mean time between failures; empty without failures. */
	public Optional<Duration> mtbf() {
		return (this.failures == 0) ? Optional.empty() : Optional.of(this.operating.dividedBy(this.failures));
	}

	/** Mean time to repair; empty without repairs. */
	public Optional<Duration> mttr() {
		return (this.failures == 0) ? Optional.empty() : Optional.of(this.repair.dividedBy(this.failures));
	}

	/** Hours as a decimal number, for reports. */
	public static double hours(Duration duration) {
		return duration.toMillis() / 3_600_000.0;
	}

}
