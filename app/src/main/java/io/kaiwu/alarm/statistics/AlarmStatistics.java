package io.kaiwu.alarm.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The alarms raised in a period, summed up: the originators and rules with the most
 * alarms, the count per severity and per day (in a time zone), and the mean time to
 * acknowledge (MTTA: acknowledged − raised, over the acknowledged alarms) and to clear
 * (MTTR: cleared − raised, over the cleared alarms).
 *
 * @param from start of the period (inclusive).
 * @param to end of the period (exclusive).
 * @param zone the zone the days are counted in.
 * @param total how many alarms were raised.
 * @param topOriginators the originators with the most alarms, most first.
 * @param topRules the rules with the most alarms, most first.
 * @param bySeverity the count per severity, every severity listed.
 * @param perDay the count per day of the period, every day listed.
 * @param acknowledged how many of them were acknowledged.
 * @param meanTimeToAcknowledge MTTA; {@literal null} when none was acknowledged.
 * @param cleared how many of them cleared.
 * @param meanTimeToClear MTTR; {@literal null} when none cleared.
 */
public record AlarmStatistics(Instant from, Instant to, ZoneId zone, long total, List<OriginatorCount> topOriginators,
		List<RuleCount> topRules, Map<Severity, Long> bySeverity, List<DayCount> perDay, long acknowledged,
		@Nullable Duration meanTimeToAcknowledge, long cleared, @Nullable Duration meanTimeToClear) {

	public record OriginatorCount(Originator originator, long count) {
	}

	public record RuleCount(UUID ruleId, long count) {
	}

	public record DayCount(LocalDate day, long count) {
	}

	/**
	 * Sums up the alarms raised in {@code [from, to)}; alarms outside are ignored.
	 * @param top how many originators and rules to rank.
	 */
	public static AlarmStatistics of(List<Counted> alarms, Instant from, Instant to, ZoneId zone, int top) {
		if (!to.isAfter(from)) {
			throw new IllegalArgumentException("The period must end after it starts");
		}
		Map<Originator, Long> byOriginator = new HashMap<>();
		Map<UUID, Long> byRule = new HashMap<>();
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			bySeverity.put(severity, 0L);
		}
		Map<LocalDate, Long> byDay = new HashMap<>();
		long total = 0;
		long acknowledged = 0;
		long cleared = 0;
		Duration toAcknowledge = Duration.ZERO;
		Duration toClear = Duration.ZERO;
		for (Counted alarm : alarms) {
			if (alarm.raisedAt().isBefore(from) || !alarm.raisedAt().isBefore(to)) {
				continue;
			}
			total++;
			byOriginator.merge(alarm.originator(), 1L, Long::sum);
			if (alarm.ruleId() != null) {
				byRule.merge(alarm.ruleId(), 1L, Long::sum);
			}
			bySeverity.merge(alarm.severity(), 1L, Long::sum);
			byDay.merge(LocalDate.ofInstant(alarm.raisedAt(), zone), 1L, Long::sum);
			if (alarm.acknowledgedAt() != null) {
				acknowledged++;
				toAcknowledge = toAcknowledge.plus(Duration.between(alarm.raisedAt(), alarm.acknowledgedAt()));
			}
			if (alarm.clearedAt() != null) {
				cleared++;
				toClear = toClear.plus(Duration.between(alarm.raisedAt(), alarm.clearedAt()));
			}
		}
		List<OriginatorCount> originators = byOriginator.entrySet()
			.stream()
			.map((e) -> new OriginatorCount(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(OriginatorCount::count)
				.reversed()
				.thenComparing((c) -> c.originator().toString()))
			.limit(top)
			.toList();
		List<RuleCount> rules = byRule.entrySet()
			.stream()
			.map((e) -> new RuleCount(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(RuleCount::count).reversed().thenComparing(RuleCount::ruleId))
			.limit(top)
			.toList();
		List<DayCount> days = new ArrayList<>();
		LocalDate last = LocalDate.ofInstant(to.minusNanos(1), zone);
		for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
			days.add(new DayCount(day, byDay.getOrDefault(day, 0L)));
		}
		return new AlarmStatistics(from, to, zone, total, originators, rules, bySeverity, days, acknowledged,
				mean(toAcknowledge, acknowledged), cleared, mean(toClear, cleared));
	}

	private static @Nullable Duration mean(Duration sum, long count) {
		return (count == 0) ? null : sum.dividedBy(count);
	}

}
