package io.kaiwu.energy.output;

/**
 * Good and rejected parts added up over a period and a set of machines.
 *
 * @param good parts right first time
 * @param reject parts rejected
 * @param reported whether reported output (报工) counted in the sum
 */
public record Parts(long good, long reject, boolean reported) {

	public static final Parts NONE = new Parts(0, 0, false);

	public Parts plus(Parts other) {
		return new Parts(Math.addExact(this.good, other.good), Math.addExact(this.reject, other.reject),
				this.reported || other.reported);
	}

}
