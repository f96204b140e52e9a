package io.kaiwu.connectivity.opcua;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.Reading;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Status codes to quality, and data changes to readings per device. */
class DataChangesTests {

	@Test
	void theSeverityOfAStatusCodeIsTheQuality() {
		assertThat(StatusQuality.of(StatusCode.GOOD)).isEqualTo(Quality.GOOD);
		assertThat(StatusQuality.of(new StatusCode(StatusCodes.Good_Overload))).isEqualTo(Quality.GOOD);
		assertThat(StatusQuality.of(StatusCode.UNCERTAIN)).isEqualTo(Quality.UNCERTAIN);
		assertThat(StatusQuality.of(new StatusCode(StatusCodes.Uncertain_SensorNotAccurate)))
			.isEqualTo(Quality.UNCERTAIN);
		assertThat(StatusQuality.of(StatusCode.BAD)).isEqualTo(Quality.BAD);
		assertThat(StatusQuality.of(new StatusCode(StatusCodes.Bad_SensorFailure))).isEqualTo(Quality.BAD);
		assertThat(StatusQuality.of(new StatusCode(StatusCodes.Bad_CommunicationError))).isEqualTo(Quality.BAD);
	}

	@Test
	void changesOfADeviceWithTheSameTimeAndQualityBecomeOneReading() {
		Instant t1 = Instant.parse("2026-11-25T08:00:00Z");
		Instant t2 = Instant.parse("2026-11-25T08:00:01Z");
		List<DataChanges.Change> changes = List.of(change("cnc-01", "speed", 1200.5, StatusCode.GOOD, t1),
				change("cnc-01", "parts", UInteger.valueOf(7), StatusCode.GOOD, t1),
				change("meter-01", "power", 3.5f, StatusCode.GOOD, t1),
				change("cnc-01", "speed", 1201.0, StatusCode.UNCERTAIN, t1),
				change("cnc-01", "running", true, StatusCode.GOOD, t2),
				change("cnc-01", "mode", null, StatusCode.BAD, t2));
		Map<String, List<Reading>> readings = DataChanges.readings(changes);
		assertThat(readings).containsOnlyKeys("cnc-01", "meter-01");
		assertThat(readings.get("cnc-01")).containsExactly(
				new Reading(t1, Map.of("speed", 1200.5, "parts", 7L), Quality.GOOD),
				new Reading(t1, Map.of("speed", 1201.0), Quality.UNCERTAIN),
				new Reading(t2, Map.of("running", true), Quality.GOOD));
		assertThat(readings.get("meter-01")).containsExactly(new Reading(t1, Map.of("power", 3.5), Quality.GOOD));
	}

	private static DataChanges.Change change(String device, String property, Object value, StatusCode status,
			Instant at) {
		return new DataChanges.Change(new OpcUaConnectionDefinition.Mapping("ns=2;s=x", device, property, 100),
				new DataValue((value != null) ? new Variant(value) : Variant.NULL_VALUE, status, new DateTime(at),
						DateTime.now()));
	}

}
