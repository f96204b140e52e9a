package io.kaiwu.energy.metering;

import java.util.List;

/**
 * A virtual meter that cannot be evaluated, with the reason.
 */
public final class InvalidVirtualMeter extends IllegalArgumentException {

	private final String meterCode;

	private final Reason reason;

	private final List<String> path;

	InvalidVirtualMeter(String meterCode, Reason reason, List<String> path) {
		super(meterCode + ": " + reason + " " + String.join(" → ", path));
		this.meterCode = meterCode;
		this.reason = reason;
		this.path = List.copyOf(path);
	}

	public String meterCode() {
		return this.meterCode;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * For a cycle the codes from the meter back to itself; for an unknown meter or a
	 * different kind, the offending code.
	 */
	public List<String> path() {
		return this.path;
	}

	/** Why a virtual meter is refused. */
	public enum Reason {

		NO_TERMS, SELF_REFERENCE, CYCLE, UNKNOWN_METER, OTHER_KIND, DUPLICATE_CODE

	}

}
