package io.kaiwu.alarm.evaluation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.kaiwu.alarm.expression.Values;

/**
 * The newest value of some properties of one device, each with its time; a late value
 * does not replace a newer one. Used by the evaluation thread only.
 */
final class Newest implements Values {

	private record Value(Instant at, double number) {
	}

	private final Map<String, Value> values = new HashMap<>();

	void put(String property, Instant at, double number) {
		Value known = this.values.get(property);
		if (known == null || at.isAfter(known.at())) {
			this.values.put(property, new Value(at, number));
		}
	}

	@Override
	public double of(String property) {
		Value known = this.values.get(property);
		return (known == null) ? Double.NaN : known.number();
	}

}
