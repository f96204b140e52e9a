package io.kaiwu.telemetry.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.device.DataType;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Reading;

/**
 * Checks readings against a device's thing model and turns what passes into measurements.
 * Plain Java, no Spring: the rules are unit-tested on their own.
 * <ul>
 * <li>a property the thing model does not have is rejected;</li>
 * <li>numbers must be numbers (whole numbers for INT and LONG), finite and within the
 * property's min and max (checked on the value as sent, before rounding); FLOAT and
 * DOUBLE are rounded half-up to the property's precision;</li>
 * <li>BOOLEAN must be true or false (stored as 1 or 0), STRING a string of at most 1,000
 * characters, ENUM one of the listed values;</li>
 * <li>a reading without a timestamp is taken as measured on arrival; one more than
 * {@code maxFuture} ahead, or older than {@code backfillWindow}, is rejected whole.</li>
 * </ul>
 */
public final class ValueChecks {

	/** The longest text value (the stores' column size). */
	public static final int MAX_TEXT = 1000;

	private static final int EXCERPT = 500;

	private ValueChecks() {
	}

	/**
	 * What passed and what did not.
	 *
	 * @param accepted the measurements to store.
	 * @param refused the rejected inputs with their reasons.
	 */
	public record Outcome(List<Measurement> accepted, List<Refusal> refused) {

		public Outcome {
			accepted = List.copyOf(accepted);
			refused = List.copyOf(refused);
		}

	}

	public static Outcome check(DeviceSummary device, List<Reading> readings, Instant now, Duration maxFuture,
			Duration backfillWindow) {
		List<Measurement> accepted = new ArrayList<>();
		List<Refusal> refused = new ArrayList<>();
		for (Reading reading : readings) {
			Instant ts = (reading.ts() != null) ? reading.ts() : now;
			if (ts.isAfter(now.plus(maxFuture))) {
				refused.add(new Refusal(
						"ts", Refusal.Kind.FUTURE, "timestamp " + ts + " is more than " + maxFuture
								+ " ahead of the platform's clock (" + now + "); check the device's clock",
						excerpt(reading)));
				continue;
			}
			if (ts.isBefore(now.minus(backfillWindow))) {
				refused.add(new Refusal("ts", Refusal.Kind.TOO_OLD,
						"timestamp " + ts + " is older than the backfill window of " + backfillWindow,
						excerpt(reading)));
				continue;
			}
			for (Map.Entry<String, Object> entry : reading.values().entrySet()) {
				String property = entry.getKey();
				Object value = entry.getValue();
				PropertyDefinition definition = device.thingModel().property(property).orElse(null);
				if (definition == null) {
					refused.add(new Refusal(
							property, Refusal.Kind.UNKNOWN_PROPERTY, "the thing model of device type "
									+ device.typeCode() + " has no property \"" + property + "\"",
							excerpt(property, value)));
					continue;
				}
				Object checked = checkValue(definition, value);
				if (checked instanceof Refusal.Kind kind) {
					refused.add(new Refusal(property, kind, reason(kind, definition, value), excerpt(property, value)));
				}
				else if (checked instanceof Double number) {
					accepted.add(Measurement.number(device.tenant(), device.deviceId(), property, ts, number,
							reading.quality()));
				}
				else {
					accepted.add(Measurement.text(device.tenant(), device.deviceId(), property, ts, (String) checked,
							reading.quality()));
				}
			}
		}
		return new Outcome(accepted, refused);
	}

	/** The stored value (a Double or a String), or the kind of reason it was refused. */
	private static Object checkValue(PropertyDefinition definition, Object value) {
		DataType type = definition.dataType();
		if (type.numeric()) {
			if (!(value instanceof Number number) || value instanceof Boolean) {
				return Refusal.Kind.WRONG_TYPE;
			}
			double v = number.doubleValue();
			if (Double.isNaN(v) || Double.isInfinite(v)) {
				return Refusal.Kind.NOT_FINITE;
			}
			if (type.whole() && Math.rint(v) != v) {
				return Refusal.Kind.WRONG_TYPE;
			}
			boolean bounded = definition.min() != null || definition.max() != null;
			if ((bounded && !definition.inRange(BigDecimal.valueOf(v)))
					|| (type == DataType.INT && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE))
					|| (type == DataType.LONG && Math.abs(v) > 9.2e18)) {
				return Refusal.Kind.OUT_OF_RANGE;
			}
			if (!type.whole() && definition.precision() != null) {
				return roundHalfUp(v, definition.precision());
			}
			return v;
		}
		if (type == DataType.BOOLEAN) {
			if (!(value instanceof Boolean bool)) {
				return Refusal.Kind.WRONG_TYPE;
			}
			return bool ? 1.0 : 0.0;
		}
		if (!(value instanceof String text)) {
			return Refusal.Kind.WRONG_TYPE;
		}
		if (type == DataType.ENUM && !definition.enumValues().contains(text)) {
			return Refusal.Kind.NOT_IN_ENUM;
		}
		if (text.length() > MAX_TEXT) {
			return Refusal.Kind.TOO_LONG;
		}
		return text;
	}

	/**
	 * Rounds half up to {@code precision} decimals of the value as written (its shortest
	 * decimal form), as {@link BigDecimal#setScale} does. Decided in binary where that
	 * cannot differ (the scaled value is not within a millionth of a half), which is
	 * nearly always and much cheaper; by {@link BigDecimal} otherwise.
	 */
	static double roundHalfUp(double v, int precision) {
		if (precision >= 0 && precision <= 9) {
			double power = POWERS_OF_TEN[precision];
			double scaled = Math.abs(v) * power;
			if (scaled < 1e9) {
				double whole = Math.floor(scaled);
				double fraction = scaled - whole;
				if (Math.abs(fraction - 0.5) > 1e-6) {
					double rounded = (fraction > 0.5) ? whole + 1 : whole;
					return Math.copySign(rounded / power, v);
				}
			}
		}
		return BigDecimal.valueOf(v).setScale(precision, RoundingMode.HALF_UP).doubleValue();
	}

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };

	private static String reason(Refusal.Kind kind, PropertyDefinition definition, Object value) {
		DataType type = definition.dataType();
		return switch (kind) {
			case WRONG_TYPE -> "expected " + expected(type) + ", got " + describe(value);
			case NOT_FINITE -> "NaN and infinity are not measurements";
			case OUT_OF_RANGE -> "value " + value + " is outside the valid range " + bound(definition.min()) + " … "
					+ bound(definition.max());
			case NOT_IN_ENUM -> "\"" + value + "\" is not one of " + definition.enumValues();
			case TOO_LONG -> "text longer than " + MAX_TEXT + " characters";
			default -> kind.tag();
		};
	}

	private static String expected(DataType type) {
		return switch (type) {
			case INT, LONG -> "a whole number (" + type + ")";
			case FLOAT, DOUBLE -> "a number (" + type + ")";
			case BOOLEAN -> "true or false (BOOLEAN)";
			case STRING -> "a string (STRING)";
			case ENUM -> "a string (ENUM)";
		};
	}

	private static String describe(Object value) {
		if (value instanceof String) {
			return "the string \"" + shorten(value.toString(), 40) + "\"";
		}
		if (value instanceof Boolean) {
			return "the boolean " + value;
		}
		return "the number " + value;
	}

	private static String bound(@org.jspecify.annotations.Nullable BigDecimal bound) {
		return (bound == null) ? "(none)" : bound.toPlainString();
	}

	private static String excerpt(String property, Object value) {
		String shown = (value instanceof String) ? "\"" + value + "\"" : String.valueOf(value);
		return shorten("\"" + property + "\": " + shown, EXCERPT);
	}

	private static String excerpt(Reading reading) {
		return shorten("ts=" + reading.ts() + " values=" + reading.values(), EXCERPT);
	}

	static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
