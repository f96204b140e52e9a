package io.kaiwu.ehs.warning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.kaiwu.ehs.warning.HourlyMeans.Value;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Hourly means worked by hand: a short spike over the limit does not make an hour over
 * it, a sustained rise does; an hour without values has no mean.
 */
class HourlyMeansTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aSpikeWarnsButOnlyASustainedRiseMakesAnHourOverTheLimit() {
		// 08:00–09:00 (+08:00): 40, 40, 40, 80 → mean 50, not over 50
		// 09:00–10:00: 45, 55, 60 → mean 53.33, over
		// 11:00–12:00: 30 → mean 30; 10:00–11:00 has no value
		List<Value> values = List.of(value("2026-11-02T00:00:00Z", 40), value("2026-11-02T00:15:00Z", 40),
				value("2026-11-02T00:30:00Z", 40), value("2026-11-02T00:59:59Z", 80), value("2026-11-02T01:00:00Z", 45),
				value("2026-11-02T01:20:00Z", 55), value("2026-11-02T01:40:00Z", 60),
				value("2026-11-02T03:10:00Z", 30));

		HourlyMeans means = HourlyMeans.of(values, SHANGHAI);

		assertThat(means.hours()).hasSize(3);
		assertThat(means.hours().get(0).start()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
		assertThat(means.hours().get(0).mean()).isEqualTo(50.0);
		assertThat(means.hours().get(0).count()).isEqualTo(4);
		assertThat(means.hours().get(1).mean()).isCloseTo(53.333, within(0.001));
		assertThat(means.hours().get(2).start()).isEqualTo(Instant.parse("2026-11-02T03:00:00Z"));
		assertThat(means.over(50)).extracting(HourlyMeans.HourMean::start)
			.containsExactly(Instant.parse("2026-11-02T01:00:00Z"));
		assertThat(means.highest()).isCloseTo(53.333, within(0.001));
	}

	@Test
	void hoursFollowTheSitesClockInAHalfHourZone() {
		// India (+05:30): 04:40Z and 05:10Z are 10:10 and 10:40 local, one hour
		List<Value> values = List.of(value("2026-11-02T04:40:00Z", 10), value("2026-11-02T05:10:00Z", 20));
		HourlyMeans means = HourlyMeans.of(values, ZoneId.of("Asia/Kolkata"));
		assertThat(means.hours()).hasSize(1);
		assertThat(means.hours().get(0).start()).isEqualTo(Instant.parse("2026-11-02T04:30:00Z"));
		assertThat(means.hours().get(0).mean()).isEqualTo(15.0);
		assertThat(HourlyMeans.of(List.of(), SHANGHAI).highest()).isNull();
	}

	private static Value value(String at, double v) {
		return new Value(Instant.parse(at), v);
	}

}
