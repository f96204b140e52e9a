package io.kaiwu.equipment.state;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kaiwu.equipment.MachineState;

/**
 * How one machine's signals become its state. A message that does not carry the mapped
 * property leaves the state as it was (empty).
 */
public sealed interface StateMapping {

	/** The property this mapping reads. */
	String property();

	/**
	 * The state the given values mean.
	 * @param values property identifier → value, as in one telemetry message
	 * @return empty when the property is absent or of the wrong kind
	 */
	Optional<MachineState> stateOf(Map<String, ?> values);

	/**
	 * A text property whose values name states, e.g. the simulator's {@code state}:
	 * {@code running → RUNNING}, {@code fault → DOWN}. Values are compared ignoring case;
	 * a value not in the table is {@code otherwise}.
	 */
	record ByValue(String property, Map<String, MachineState> states, MachineState otherwise) implements StateMapping {

		public ByValue {
			states = Map.copyOf(states.entrySet()
				.stream()
				.collect(java.util.stream.Collectors.toMap((e) -> e.getKey().toLowerCase(Locale.ROOT),
						Map.Entry::getValue)));
		}

		@Override
		public Optional<MachineState> stateOf(Map<String, ?> values) {
			Object value = values.get(this.property);
			if (value == null) {
				return Optional.empty();
			}
			return Optional.of(this.states.getOrDefault(value.toString().toLowerCase(Locale.ROOT), this.otherwise));
		}

	}

	/**
	 * A numeric property compared with a limit, e.g. spindle speed above 0 means
	 * {@code RUNNING}, otherwise {@code IDLE}.
	 */
	record AboveLimit(String property, double limit, MachineState above,
			MachineState otherwise) implements StateMapping {

		@Override
		public Optional<MachineState> stateOf(Map<String, ?> values) {
			if (!(values.get(this.property) instanceof Number number)) {
				return Optional.empty();
			}
			return Optional.of((number.doubleValue() > this.limit) ? this.above : this.otherwise);
		}

	}

}
