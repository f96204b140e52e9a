package io.kaiwu.connectivity.opcua;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.Reading;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.jspecify.annotations.Nullable;

/**
 * Turns the data changes of one publish response into readings, per device: changes with
 * the same source timestamp and quality become one reading. A change without a value (a
 * bad status before any value) carries nothing to store and is left out.
 */
final class DataChanges {

	private DataChanges() {
	}

	/** One changed node. */
	record Change(OpcUaConnectionDefinition.Mapping mapping, DataValue value) {
	}

	private record Slot(@Nullable Instant ts, Quality quality) {
	}

	/** Device key to its readings, in the order the devices first appear. */
	static Map<String, List<Reading>> readings(List<Change> changes) {
		Map<String, Map<Slot, Map<String, Object>>> grouped = new LinkedHashMap<>();
		for (Change change : changes) {
			Object value = plain(change.value().getValue().getValue());
			if (value == null) {
				continue;
			}
			Slot slot = new Slot(timestamp(change.value()), StatusQuality.of(change.value().getStatusCode()));
			grouped.computeIfAbsent(change.mapping().deviceKey(), (k) -> new LinkedHashMap<>())
				.computeIfAbsent(slot, (s) -> new LinkedHashMap<>())
				.put(change.mapping().property(), value);
		}
		Map<String, List<Reading>> readings = new LinkedHashMap<>();
		grouped.forEach((device, slots) -> {
			List<Reading> list = new ArrayList<>();
			slots.forEach((slot, values) -> list.add(new Reading(slot.ts(), values, slot.quality())));
			readings.put(device, list);
		});
		return readings;
	}

	/** The source timestamp, else the server's, else none (the arrival time). */
	private static @Nullable Instant timestamp(DataValue value) {
		DateTime at = value.getSourceTime();
		if (at == null || at.isNull()) {
			at = value.getServerTime();
		}
		return (at == null || at.isNull()) ? null : at.getJavaInstant();
	}

	/** An OPC UA scalar as a number, boolean or string; {@literal null} when none. */
	static @Nullable Object plain(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Double || value instanceof Float) {
			return ((Number) value).doubleValue();
		}
		if (value instanceof BigInteger big) {
			return big;
		}
		if (value instanceof Number number) {
			return (number instanceof org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong u)
					? u.toBigInteger() : number.longValue();
		}
		if (value instanceof Boolean || value instanceof String) {
			return value;
		}
		if (value instanceof DateTime dateTime) {
			return dateTime.getJavaInstant().toString();
		}
		return value.toString();
	}

}
