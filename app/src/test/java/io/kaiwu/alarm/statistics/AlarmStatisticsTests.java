package io.kaiwu.alarm.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics of a hand-made week: who and which rule alarmed most, and the mean times to
 * acknowledge and to clear worked out by hand.
 */
class AlarmStatisticsTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Instant FROM = Instant.parse("2026-03-01T16:00:00Z"); // 2026-03-02 00:00
																		// in Shanghai

	static final Instant TO = FROM.plus(Duration.ofDays(3));

	static final Originator PRESS = new Originator("device", "press-1");

	static final Originator OVEN = new Originator("device", "oven-1");

	static final UUID HOT = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static final UUID SHAKING = UUID.fromString("00000000-0000-0000-0000-000000000002");

	static Counted alarm(Originator originator, UUID rule, Severity severity, Instant raised, Integer ackSeconds,
			Integer clearSeconds) {
		return new Counted(originator, rule, severity, raised,
				(ackSeconds == null) ? null : raised.plusSeconds(ackSeconds),
				(clearSeconds == null) ? null : raised.plusSeconds(clearSeconds));
	}

	@Test
	void countsRanksAndMeanTimesOfAWeek() {
		List<Counted> alarms = List.of(alarm(PRESS, HOT, Severity.MAJOR, FROM.plusSeconds(3600), 60, 600),
				alarm(PRESS, HOT, Severity.MAJOR, FROM.plusSeconds(7200), 180, null),
				alarm(PRESS, SHAKING, Severity.CRITICAL, FROM.plus(Duration.ofHours(30)), null, 1200),
				alarm(OVEN, HOT, Severity.MINOR, FROM.plus(Duration.ofHours(50)), 300, 300),
				// before and at the end of the period: not counted
				alarm(OVEN, SHAKING, Severity.MINOR, FROM.minusSeconds(1), 1, 1),
				alarm(OVEN, SHAKING, Severity.MINOR, TO, 1, 1));

		AlarmStatistics statistics = AlarmStatistics.of(alarms, FROM, TO, SHANGHAI, 10);

		assertThat(statistics.total()).isEqualTo(4);
		assertThat(statistics.topOriginators()).containsExactly(new AlarmStatistics.OriginatorCount(PRESS, 3),
				new AlarmStatistics.OriginatorCount(OVEN, 1));
		assertThat(statistics.topRules()).containsExactly(new AlarmStatistics.RuleCount(HOT, 3),
				new AlarmStatistics.RuleCount(SHAKING, 1));
		assertThat(statistics.bySeverity()).containsEntry(Severity.CRITICAL, 1L)
			.containsEntry(Severity.MAJOR, 2L)
			.containsEntry(Severity.MINOR, 1L)
			.containsEntry(Severity.WARNING, 0L);
		// 01:00 and 02:00 on the 2nd, 06:00 on the 3rd, 02:00 on the 4th, Shanghai time
		assertThat(statistics.perDay()).containsExactly(new AlarmStatistics.DayCount(LocalDate.parse("2026-03-02"), 2),
				new AlarmStatistics.DayCount(LocalDate.parse("2026-03-03"), 1),
				new AlarmStatistics.DayCount(LocalDate.parse("2026-03-04"), 1));
		// acknowledged: 60 s, 180 s, 300 s → 180 s; cleared: 600 s, 1200 s, 300 s → 700 s
		assertThat(statistics.acknowledged()).isEqualTo(3);
		assertThat(statistics.meanTimeToAcknowledge()).isEqualTo(Duration.ofSeconds(180));
		assertThat(statistics.cleared()).isEqualTo(3);
		assertThat(statistics.meanTimeToClear()).isEqualTo(Duration.ofSeconds(700));
	}

	@Test
	void aQuietPeriodHasNoMeanTimesAndZeroDays() {
		AlarmStatistics statistics = AlarmStatistics.of(List.of(), FROM, FROM.plus(Duration.ofDays(2)), SHANGHAI, 5);
		assertThat(statistics.total()).isZero();
		assertThat(statistics.meanTimeToAcknowledge()).isNull();
		assertThat(statistics.meanTimeToClear()).isNull();
		assertThat(statistics.perDay()).extracting(AlarmStatistics.DayCount::count).containsExactly(0L, 0L);
	}

	@Test
	void onlyTheTopAreRanked() {
		List<Counted> alarms = List.of(alarm(PRESS, HOT, Severity.MAJOR, FROM, null, null),
				alarm(PRESS, HOT, Severity.MAJOR, FROM.plusSeconds(1), null, null),
				alarm(OVEN, SHAKING, Severity.MAJOR, FROM.plusSeconds(2), null, null));
		AlarmStatistics statistics = AlarmStatistics.of(alarms, FROM, TO, SHANGHAI, 1);
		assertThat(statistics.topOriginators()).extracting(AlarmStatistics.OriginatorCount::originator)
			.containsExactly(PRESS);
		assertThat(statistics.topRules()).extracting(AlarmStatistics.RuleCount::ruleId).containsExactly(HOT);
	}

}
