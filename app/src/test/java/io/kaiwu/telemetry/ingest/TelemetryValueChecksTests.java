package io.kaiwu.telemetry.ingest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.device.DataType;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.Reading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The thing-model checks of incoming values, without Spring. */
class TelemetryValueChecksTests {

	static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

	static final Duration MAX_FUTURE = Duration.ofMinutes(5);

	static final Duration BACKFILL = Duration.ofDays(7);

	static final DeviceSummary DEVICE = new DeviceSummary(TenantId.of(UUID.randomUUID()), UUID.randomUUID(), "cnc-1",
			"CNC", UUID.randomUUID(), "CNC", UUID.randomUUID(), false, null,
			new ThingModel(List.of(number("temperature", DataType.DOUBLE, "-20", "120", 1),
					number("spindleSpeed", DataType.INT, "0", "24000", null),
					number("partCount", DataType.LONG, null, null, null), number("load", DataType.FLOAT, null, null, 2),
					new PropertyDefinition("running", "运行", "", DataType.BOOLEAN, "", null, null, null, List.of(),
							false),
					new PropertyDefinition("program", "程序", "", DataType.STRING, "", null, null, null, List.of(),
							false),
					new PropertyDefinition("state", "状态", "", DataType.ENUM, "", null, null, null,
							List.of("running", "idle"), false)),
					List.of(), List.of()));

	static PropertyDefinition number(String id, DataType type, String min, String max, Integer precision) {
		return new PropertyDefinition(id, id, "", type, "", (min != null) ? new BigDecimal(min) : null,
				(max != null) ? new BigDecimal(max) : null, precision, List.of(), false);
	}

	static ValueChecks.Outcome check(Instant ts, Map<String, Object> values) {
		return ValueChecks.check(DEVICE, List.of(new Reading(ts, values, Quality.GOOD)), NOW, MAX_FUTURE, BACKFILL);
	}

	static Refusal.Kind refusedAs(String property, Object value) {
		ValueChecks.Outcome outcome = check(NOW, Map.of(property, value));
		assertThat(outcome.accepted()).isEmpty();
		assertThat(outcome.refused()).hasSize(1);
		assertThat(outcome.refused().get(0).what()).isEqualTo(property);
		assertThat(outcome.refused().get(0).reason()).isNotBlank();
		return outcome.refused().get(0).kind();
	}

	@Test
	void goodValuesBecomeMeasurementsOfTheDevice() {
		ValueChecks.Outcome outcome = check(NOW, Map.of("temperature", 21.5, "spindleSpeed", 1200.0, "running", true,
				"program", "O1234", "state", "idle", "partCount", 99.0));
		assertThat(outcome.refused()).isEmpty();
		assertThat(outcome.accepted()).extracting(Measurement::property)
			.containsExactlyInAnyOrder("temperature", "spindleSpeed", "running", "program", "state", "partCount");
		Measurement temperature = only(outcome, "temperature");
		assertThat(temperature.tenant()).isEqualTo(DEVICE.tenant());
		assertThat(temperature.device()).isEqualTo(DEVICE.deviceId());
		assertThat(temperature.ts()).isEqualTo(NOW);
		assertThat(temperature.number()).isEqualTo(21.5);
		assertThat(only(outcome, "running").number()).isEqualTo(1.0);
		assertThat(only(outcome, "program").text()).isEqualTo("O1234");
		assertThat(only(outcome, "state").text()).isEqualTo("idle");
		assertThat(check(NOW, Map.of("running", false)).accepted().get(0).number()).isEqualTo(0.0);
	}

	@Test
	void unknownPropertyIsRefused() {
		assertThat(refusedAs("humidity", 50.0)).isEqualTo(Refusal.Kind.UNKNOWN_PROPERTY);
	}

	@Test
	void wrongTypesAreRefused() {
		assertThat(refusedAs("temperature", "hot")).isEqualTo(Refusal.Kind.WRONG_TYPE);
		assertThat(refusedAs("temperature", true)).isEqualTo(Refusal.Kind.WRONG_TYPE);
		assertThat(refusedAs("running", 1.0)).isEqualTo(Refusal.Kind.WRONG_TYPE);
		assertThat(refusedAs("running", "true")).isEqualTo(Refusal.Kind.WRONG_TYPE);
		assertThat(refusedAs("program", 12.0)).isEqualTo(Refusal.Kind.WRONG_TYPE);
		assertThat(refusedAs("state", 1.0)).isEqualTo(Refusal.Kind.WRONG_TYPE);
		assertThat(refusedAs("spindleSpeed", 1200.5)).isEqualTo(Refusal.Kind.WRONG_TYPE);
	}

	@Test
	void nanAndInfinityAreRefused() {
		assertThat(refusedAs("temperature", Double.NaN)).isEqualTo(Refusal.Kind.NOT_FINITE);
		assertThat(refusedAs("load", Double.POSITIVE_INFINITY)).isEqualTo(Refusal.Kind.NOT_FINITE);
	}

	@Test
	void valuesOutsideTheRangeAreRefusedAndTheLimitsThemselvesPass() {
		assertThat(refusedAs("temperature", 120.01)).isEqualTo(Refusal.Kind.OUT_OF_RANGE);
		assertThat(refusedAs("temperature", -20.5)).isEqualTo(Refusal.Kind.OUT_OF_RANGE);
		assertThat(refusedAs("spindleSpeed", 24001.0)).isEqualTo(Refusal.Kind.OUT_OF_RANGE);
		assertThat(check(NOW, Map.of("temperature", 120.0, "spindleSpeed", 0.0)).accepted()).hasSize(2);
		assertThat(refusedAs("partCount", 1e300)).isEqualTo(Refusal.Kind.OUT_OF_RANGE);
		assertThat(refusedAs("spindleSpeed", -1.0)).isEqualTo(Refusal.Kind.OUT_OF_RANGE);
	}

	@Test
	void enumValuesMustBeListed() {
		assertThat(refusedAs("state", "broken")).isEqualTo(Refusal.Kind.NOT_IN_ENUM);
		assertThat(check(NOW, Map.of("state", "broken")).refused().get(0).reason()).contains("running", "idle");
	}

	@Test
	void textLongerThanTheColumnIsRefused() {
		assertThat(refusedAs("program", "x".repeat(ValueChecks.MAX_TEXT + 1))).isEqualTo(Refusal.Kind.TOO_LONG);
		assertThat(check(NOW, Map.of("program", "x".repeat(ValueChecks.MAX_TEXT))).accepted()).hasSize(1);
	}

	@Test
	void decimalsAreRoundedHalfUpToThePrecision() {
		assertThat(only(check(NOW, Map.of("temperature", 21.449)), "temperature").number()).isEqualTo(21.4);
		assertThat(only(check(NOW, Map.of("temperature", 21.45)), "temperature").number()).isEqualTo(21.5);
		assertThat(only(check(NOW, Map.of("load", 0.125)), "load").number()).isEqualTo(0.13);
		assertThat(only(check(NOW, Map.of("partCount", 123456789012.0)), "partCount").number())
			.isEqualTo(123456789012.0);
	}

	@Test
	void aMissingTimestampMeansArrival() {
		assertThat(only(check(null, Map.of("temperature", 20.0)), "temperature").ts()).isEqualTo(NOW);
	}

	@Test
	void timestampsTooFarAheadOrTooOldRejectTheWholeReading() {
		ValueChecks.Outcome ahead = check(NOW.plus(MAX_FUTURE).plusSeconds(1),
				Map.of("temperature", 20.0, "state", "idle"));
		assertThat(ahead.accepted()).isEmpty();
		assertThat(ahead.refused()).singleElement().satisfies((r) -> {
			assertThat(r.what()).isEqualTo("ts");
			assertThat(r.kind()).isEqualTo(Refusal.Kind.FUTURE);
			assertThat(r.excerpt()).contains("temperature");
		});
		ValueChecks.Outcome old = check(NOW.minus(BACKFILL).minusSeconds(1), Map.of("temperature", 20.0));
		assertThat(old.accepted()).isEmpty();
		assertThat(old.refused()).singleElement().extracting(Refusal::kind).isEqualTo(Refusal.Kind.TOO_OLD);
		assertThat(check(NOW.plus(MAX_FUTURE), Map.of("temperature", 20.0)).accepted()).hasSize(1);
		assertThat(check(NOW.minus(BACKFILL), Map.of("temperature", 20.0)).accepted()).hasSize(1);
	}

	@Test
	void aMixedReadingKeepsTheGoodValuesAndTheQuality() {
		ValueChecks.Outcome outcome = ValueChecks.check(DEVICE,
				List.of(new Reading(NOW, Map.of("temperature", 500.0, "spindleSpeed", 800.0), Quality.UNCERTAIN)), NOW,
				MAX_FUTURE, BACKFILL);
		assertThat(outcome.accepted()).singleElement().satisfies((m) -> {
			assertThat(m.property()).isEqualTo("spindleSpeed");
			assertThat(m.quality()).isEqualTo(Quality.UNCERTAIN);
		});
		assertThat(outcome.refused()).singleElement().satisfies((r) -> {
			assertThat(r.what()).isEqualTo("temperature");
			assertThat(r.kind()).isEqualTo(Refusal.Kind.OUT_OF_RANGE);
			assertThat(r.reason()).contains("500", "-20", "120");
			assertThat(r.excerpt()).isEqualTo("\"temperature\": 500.0");
		});
	}

	static Measurement only(ValueChecks.Outcome outcome, String property) {
		return outcome.accepted().stream().filter((m) -> m.property().equals(property)).findFirst().orElseThrow();
	}

	@Test
	void roundsHalfUpOnTheDecimalFormLikeBigDecimal() {
		assertThat(ValueChecks.roundHalfUp(1.005, 2)).as("1.005 is written 1.005, though stored a hair below")
			.isEqualTo(1.01);
		assertThat(ValueChecks.roundHalfUp(2.675, 2)).isEqualTo(2.68);
		assertThat(ValueChecks.roundHalfUp(-2.675, 2)).isEqualTo(-2.68);
		assertThat(ValueChecks.roundHalfUp(21.374, 2)).isEqualTo(21.37);
		assertThat(ValueChecks.roundHalfUp(0.125, 2)).isEqualTo(0.13);
		java.util.Random random = new java.util.Random(42);
		for (int i = 0; i < 200_000; i++) {
			int precision = random.nextInt(5);
			double v = switch (i % 3) {
				case 0 -> (random.nextDouble() - 0.5) * 2_000;
				case 1 -> Math.round(random.nextDouble() * 1e6) / 1e3 + 0.0005; // on a
																				// half
				default -> (random.nextDouble() - 0.5) * 1e12;
			};
			double expected = BigDecimal.valueOf(v).setScale(precision, java.math.RoundingMode.HALF_UP).doubleValue();
			assertThat(ValueChecks.roundHalfUp(v, precision)).as("%s to %d decimals", v, precision).isEqualTo(expected);
		}
	}

}
