package io.kaiwu.ehs.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a monitored point's exceedances add up to in a period (the monthly EHS report):
 * the episodes open at some time in it, how long they lasted inside it, the highest peak,
 * the worst grade, the episodes by their worst grade, and how long the episodes that
 * reached the legal limit (黄 or worse) lasted inside it. An episode is counted whole at
 * its worst grade: a record keeps its worst grade, not when each grade began.
 *
 * @param count the episodes open at some time in the period.
 * @param duration their time inside the period (an open one up to {@code now}).
 * @param atLimit the time inside the period of the episodes that reached 黄 or worse.
 * @param peak the highest peak; {@literal null} without episodes.
 * @param worst the worst grade; {@literal null} without episodes.
 * @param byGrade the episodes by their worst grade.
 */
public record MonthOfPoint(int count, Duration duration, Duration atLimit, @Nullable Double peak,
		@Nullable WarningGrade worst, Map<WarningGrade, Integer> byGrade) {

	public MonthOfPoint {
		byGrade = Collections.unmodifiableMap(new EnumMap<>(byGrade));
	}

	/**
	 * Adds up the episodes that overlap [from, to).
	 * @param now where an open episode ends for now.
	 */
	public static MonthOfPoint of(List<Exceedance> episodes, Instant from, Instant to, Instant now) {
		int count = 0;
		Duration duration = Duration.ZERO;
		Duration atLimit = Duration.ZERO;
		Double peak = null;
		WarningGrade worst = null;
		Map<WarningGrade, Integer> byGrade = new EnumMap<>(WarningGrade.class);
		for (WarningGrade grade : WarningGrade.values()) {
			byGrade.put(grade, 0);
		}
		for (Exceedance x : episodes) {
			Instant end = (x.endedAt() != null) ? x.endedAt() : now;
			Instant start = x.startedAt().isBefore(from) ? from : x.startedAt();
			Instant stop = end.isAfter(to) ? to : end;
			if (!x.startedAt().isBefore(to) || !end.isAfter(from)) {
				continue;
			}
			Duration inside = stop.isAfter(start) ? Duration.between(start, stop) : Duration.ZERO;
			count++;
			duration = duration.plus(inside);
			if (x.worst().compareTo(WarningGrade.YELLOW) >= 0) {
				atLimit = atLimit.plus(inside);
			}
			peak = (peak == null || x.peak() > peak) ? x.peak() : peak;
			worst = (worst == null || x.worst().compareTo(worst) > 0) ? x.worst() : worst;
			byGrade.merge(x.worst(), 1, Integer::sum);
		}
		return new MonthOfPoint(count, duration, atLimit, peak, worst, byGrade);
	}

}
