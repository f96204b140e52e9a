package io.kaiwu.energy.metering;

import java.util.List;
import java.util.Objects;

/**
 * A meter with no counter of its own (虚拟表): the sum and difference of other meters, for
 * example a workshop's incomer minus its office sub-meter.
 *
 * @param code its code
 * @param kind what it measures; every term must measure the same
 * @param terms what it adds and subtracts, physical or virtual meters
 */
public record VirtualMeter(String code, MeterKind kind, List<Term> terms) {

	public VirtualMeter {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(kind, "kind");
		terms = List.copyOf(terms);
	}

	/**
	 * One meter added or subtracted.
	 *
	 * @param subtract whether the meter is subtracted
	 * @param meterCode the meter's code
	 */
	public record Term(boolean subtract, String meterCode) {

		public static Term plus(String meterCode) {
			return new Term(false, meterCode);
		}

		public static Term minus(String meterCode) {
			return new Term(true, meterCode);
		}

	}

}
