package io.kaiwu.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device JSON of docs/device-protocol.md, read leniently where it is safe and
 * strictly where not.
 */
class TelemetryPayloadTests {

	private static TelemetryPayload.Parsed parse(String json) {
		return TelemetryPayload.parse(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsOneObjectWithEpochMillisAndQuality() {
		TelemetryPayload.Parsed parsed = parse(
				"{\"ts\": 1783296000000, \"values\": {\"temperature\": 21.5, \"running\": true, \"state\": \"idle\"}, \"quality\": \"uncertain\"}");
		assertThat(parsed.rejected()).isEmpty();
		Reading reading = parsed.readings().get(0);
		assertThat(reading.ts()).isEqualTo(Instant.ofEpochMilli(1_783_296_000_000L));
		assertThat(reading.quality()).isEqualTo(Quality.UNCERTAIN);
		assertThat(reading.values()).containsEntry("temperature", 21.5)
			.containsEntry("running", true)
			.containsEntry("state", "idle");
	}

	@Test
	void readsAnArrayWithIsoTimestampsAndDefaults() {
		TelemetryPayload.Parsed parsed = parse(
				"[{\"ts\": \"2026-07-06T08:00:00+08:00\", \"values\": {\"a\": 1}}, {\"values\": {\"a\": 2}}]");
		assertThat(parsed.readings()).hasSize(2);
		assertThat(parsed.readings().get(0).ts()).isEqualTo(Instant.parse("2026-07-06T00:00:00Z"));
		assertThat(parsed.readings().get(1).ts()).as("no ts: the arrival time is used later").isNull();
		assertThat(parsed.readings().get(1).quality()).isEqualTo(Quality.GOOD);
	}

	@Test
	void rejectsTheBadElementAndKeepsTheRest() {
		TelemetryPayload.Parsed parsed = parse(
				"[{\"values\": {\"a\": 1}}, {\"ts\": \"yesterday\", \"values\": {\"a\": 2}}, {\"values\": {}}, {\"values\": {\"a\": [1], \"b\": 3}}]");
		assertThat(parsed.readings()).hasSize(2);
		assertThat(parsed.rejected()).extracting(Rejection::what).containsExactly("[1]", "[2]", "a");
	}

	@Test
	void rejectsBrokenJsonAndOversizedPayloadsWhole() {
		assertThat(parse("{\"values\": ").rejected().get(0).reason()).startsWith("not valid JSON");
		byte[] huge = new byte[TelemetryPayload.MAX_BYTES + 1];
		assertThat(TelemetryPayload.parse(huge).rejected().get(0).reason()).contains("larger than");
	}

}
