package io.kaiwu.telemetry;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON that devices send over MQTT and HTTP (docs/device-protocol.md):
 * {@code {"ts": <epoch ms or ISO-8601>, "values": {"<property>": <value>, ...},
 * "quality": "good|uncertain|bad"}} ({@code ts} and {@code quality} optional), or an
 * array of such objects. An element that cannot be read is rejected with its reason; the
 * others are kept.
 */
public final class TelemetryPayload {

	/** The largest payload accepted; larger ones are rejected whole. */
	public static final int MAX_BYTES = 256 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TelemetryPayload() {
	}

	/**
	 * What a payload held.
	 *
	 * @param readings the elements that could be read.
	 * @param rejected the elements that could not, with the reason.
	 */
	public record Parsed(List<Reading> readings, List<Rejection> rejected) {
	}

	public static Parsed parse(byte[] payload) {
		if (payload.length > MAX_BYTES) {
			return rejectedWhole("payload of " + payload.length + " bytes is larger than " + MAX_BYTES);
		}
		JsonNode root;
		try {
			root = JSON.readTree(payload);
		}
		catch (JacksonException ex) {
			return rejectedWhole("not valid JSON: " + ex.getOriginalMessage());
		}
		List<Reading> readings = new ArrayList<>();
		List<Rejection> rejected = new ArrayList<>();
		if (root != null && root.isArray()) {
			for (int i = 0; i < root.size(); i++) {
				read(root.get(i), "[" + i + "]", readings, rejected);
			}
		}
		else {
			read(root, "payload", readings, rejected);
		}
		return new Parsed(readings, rejected);
	}

	private static void read(JsonNode element, String where, List<Reading> readings, List<Rejection> rejected) {
		if (element == null || !element.isObject()) {
			rejected.add(new Rejection(where, "expected a JSON object with \"values\""));
			return;
		}
		JsonNode values = element.get("values");
		if (values == null || !values.isObject() || values.isEmpty()) {
			rejected.add(new Rejection(where, "\"values\" must be a non-empty object of property: value"));
			return;
		}
		Instant ts;
		try {
			ts = timestamp(element.get("ts"));
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			rejected.add(new Rejection(where, "\"ts\" must be epoch milliseconds or ISO-8601 with an offset"));
			return;
		}
		Quality quality;
		JsonNode q = element.get("quality");
		if (q == null || q.isNull()) {
			quality = Quality.GOOD;
		}
		else {
			try {
				quality = Quality.valueOf(q.asString().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				rejected.add(new Rejection(where, "\"quality\" must be good, uncertain or bad"));
				return;
			}
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : values.properties()) {
			JsonNode v = entry.getValue();
			if (v.isNumber()) {
				map.put(entry.getKey(), v.doubleValue());
			}
			else if (v.isBoolean()) {
				map.put(entry.getKey(), v.booleanValue());
			}
			else if (v.isString()) {
				map.put(entry.getKey(), v.asString());
			}
			else {
				rejected.add(new Rejection(entry.getKey(), "a value must be a number, a boolean or a string"));
			}
		}
		if (!map.isEmpty()) {
			readings.add(new Reading(ts, map, quality));
		}
	}

	private static Instant timestamp(JsonNode ts) {
		if (ts == null || ts.isNull()) {
			return null;
		}
		if (ts.isIntegralNumber()) {
			return Instant.ofEpochMilli(ts.longValue());
		}
		if (ts.isString()) {
			return OffsetDateTime.parse(ts.asString()).toInstant();
		}
		throw new IllegalArgumentException("ts");
	}

	private static Parsed rejectedWhole(String reason) {
		return new Parsed(List.of(), List.of(new Rejection("payload", reason)));
	}

}
