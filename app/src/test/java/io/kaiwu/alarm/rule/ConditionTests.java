package io.kaiwu.alarm.rule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each rule kind judged value by value on a track, with the time of each value given: the
 * clock is the measurements' own.
 */
class ConditionTests {

	static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	/** The verdicts for values one second apart. */
	static List<Verdict> run(Condition condition, double... values) {
		Track track = new Track(false);
		List<Verdict> verdicts = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			verdicts.add(track.observe(condition, T0.plusSeconds(i), values[i]));
		}
		return verdicts;
	}

	static final Verdict R = Verdict.RAISE;

	static final Verdict C = Verdict.CLEAR;

	static final Verdict N = Verdict.NONE;

	@Test
	void aThresholdRaisesOnceAndClearsOnlyBeyondTheDeadband() {
		Condition above80 = new Condition.Threshold(Comparison.GT, 80, 5);
		assertThat(run(above80, 70, 80, 81, 95, 79, 76, 75, 81, 74)).containsExactly(N, N, R, N, N, N, C, R, C);
	}

	@Test
	void comparisonsAtTheLimit() {
		assertThat(run(new Condition.Threshold(Comparison.GE, 80, 0), 80, 79.9)).containsExactly(R, C);
		assertThat(run(new Condition.Threshold(Comparison.GT, 80, 0), 80, 80.1, 80)).containsExactly(N, R, C);
		assertThat(run(new Condition.Threshold(Comparison.LT, 10, 2), 9, 11, 12)).containsExactly(R, N, C);
		assertThat(run(new Condition.Threshold(Comparison.LE, 10, 2), 10, 12, 12.5)).containsExactly(R, N, C);
	}

	@Test
	void aRangeRaisesOutsideAndClearsInsideTheNarrowedRange() {
		Condition range = new Condition.Range(20, 30, 1);
		assertThat(run(range, 25, 19, 20.5, 21, 31, 30, 29)).containsExactly(N, R, N, C, R, N, C);
		assertThatIllegalArgumentException().isThrownBy(() -> new Condition.Range(20, 21, 1));
	}

	@Test
	void aRateOfChangeComparesConsecutiveValuesPerMinute() {
		// one value per second: a step of 0.2 is 12 per minute
		Condition rate = new Condition.RateOfChange(10, 2);
		assertThat(run(rate, 50, 50.1, 50.3, 50.45, 50.58, 50.5)).containsExactly(N, N, R, N, C, N);
	}

	@Test
	void aSustainedConditionRaisesOnlyAfterItsDurationWithoutABreak() {
		Condition sustained = new Condition.Sustained(Comparison.GT, 80, 5, Duration.ofSeconds(3));
		// abnormal at 1, 2, broken at 3 (inside the deadband), abnormal again 4..7
		assertThat(run(sustained, 70, 85, 85, 78, 85, 85, 85, 85, 70)).containsExactly(N, N, N, N, N, N, N, R, C);
	}

	@Test
	void noDataRaisesAfterSilenceAndClearsWithTheNextValue() {
		Condition noData = new Condition.NoData(Duration.ofMinutes(5));
		Track track = new Track(false);
		assertThat(track.silence(noData, T0)).isEqualTo(N);
		assertThat(track.observe(noData, T0, 1)).isEqualTo(N);
		assertThat(track.silence(noData, T0.plus(Duration.ofMinutes(4)))).isEqualTo(N);
		assertThat(track.silence(noData, T0.plus(Duration.ofMinutes(5)))).isEqualTo(R);
		assertThat(track.silence(noData, T0.plus(Duration.ofMinutes(6)))).isEqualTo(N);
		assertThat(track.observe(noData, T0.plus(Duration.ofMinutes(7)), 2)).isEqualTo(C);
	}

	@Test
	void lateAndRepeatedValuesAreIgnored() {
		Condition above80 = new Condition.Threshold(Comparison.GT, 80, 5);
		Track track = new Track(false);
		assertThat(track.observe(above80, T0.plusSeconds(10), 90)).isEqualTo(R);
		assertThat(track.observe(above80, T0.plusSeconds(5), 10)).isEqualTo(N);
		assertThat(track.observe(above80, T0.plusSeconds(10), 10)).isEqualTo(N);
		assertThat(track.active()).isTrue();
	}

	@Test
	void aTrackThatStartsActiveDoesNotRaiseAgain() {
		Track track = new Track(true);
		Condition above80 = new Condition.Threshold(Comparison.GT, 80, 5);
		assertThat(track.observe(above80, T0, 90)).isEqualTo(N);
		assertThat(track.observe(above80, T0.plusSeconds(1), 70)).isEqualTo(C);
	}

	@Test
	void messageTemplatesFillTheirPlaceholders() {
		MessageTemplate template = new MessageTemplate("{device} {property} = {value} {unit}");
		assertThat(template.fill(Map.of("device", "CNC-01", "property", "主轴温度", "value", "85.5", "unit", "°C")))
			.isEqualTo("CNC-01 主轴温度 = 85.5 °C");
		assertThat(template.fill(Map.of("device", "CNC-01", "property", "count", "value", "3", "unit", "")))
			.isEqualTo("CNC-01 count = 3");
		assertThatIllegalArgumentException().isThrownBy(() -> new MessageTemplate("{device} {spindle speed}"))
			.withMessageContaining("spindle speed");
		assertThat(MessageTemplate.unknownPlaceholder("{device} {speed}", java.util.Set.of())).isEqualTo("speed");
		assertThat(MessageTemplate.unknownPlaceholder("{device} {speed}", java.util.Set.of("speed"))).isNull();
	}

	@Test
	void anExpressionRaisesOnTheNewestValuesAndClearsOnItsDeadbandOrItsClearExpression() {
		Condition hotAndShaking = new Condition.Expressed(
				io.kaiwu.alarm.expression.Expression.parse("temperature > 80 && vibration > 4.5"), null, 1);
		Map<String, Double> newest = new java.util.HashMap<>();
		io.kaiwu.alarm.expression.Values values = (p) -> newest.getOrDefault(p, Double.NaN);
		Track track = new Track(false);
		newest.put("temperature", 90.0);
		// vibration not known yet: not judged
		assertThat(track.observe(hotAndShaking, T0, values)).isEqualTo(N);
		newest.put("vibration", 5.0);
		assertThat(track.observe(hotAndShaking, T0.plusSeconds(1), values)).isEqualTo(R);
		newest.put("vibration", 4.0);
		// 4.0 is within the deadband of 4.5: the alarm stays
		assertThat(track.observe(hotAndShaking, T0.plusSeconds(2), values)).isEqualTo(N);
		newest.put("vibration", 3.4);
		assertThat(track.observe(hotAndShaking, T0.plusSeconds(3), values)).isEqualTo(C);

		Condition withClear = new Condition.Expressed(
				io.kaiwu.alarm.expression.Expression.parse("temperature > 80 && vibration > 4.5"),
				io.kaiwu.alarm.expression.Expression.parse("temperature < 60"), 0);
		Track second = new Track(false);
		newest.put("vibration", 5.0);
		assertThat(second.observe(withClear, T0, values)).isEqualTo(R);
		newest.put("temperature", 70.0);
		assertThat(second.observe(withClear, T0.plusSeconds(1), values)).isEqualTo(N);
		newest.put("temperature", 59.0);
		assertThat(second.observe(withClear, T0.plusSeconds(2), values)).isEqualTo(C);
	}

}
