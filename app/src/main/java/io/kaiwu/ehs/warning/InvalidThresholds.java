package io.kaiwu.ehs.warning;

import java.util.List;

/**
 * Limits or thresholds that cannot work, each fault named: the field it concerns and the
 * reason's message key with its arguments.
 */
public class InvalidThresholds extends IllegalArgumentException {

	/** One fault: the field, e.g. {@code thresholds.yellow}, and why. */
	public record Fault(String field, String key, List<Object> args) {

		public Fault {
			args = List.copyOf(args);
		}

	}

	private final List<Fault> faults;

	public InvalidThresholds(List<Fault> faults) {
		super(faults.stream().map((f) -> f.field() + ": " + f.key() + " " + f.args()).toList().toString());
		this.faults = List.copyOf(faults);
	}

	public List<Fault> faults() {
		return this.faults;
	}

}
