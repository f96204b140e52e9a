package io.kaiwu.energy.carbon;

/** A conversion coefficient or emission factor refused, with the reason. */
public final class InvalidFactor extends IllegalArgumentException {

	private final String factorCode;

	private final Reason reason;

	private final String detail;

	InvalidFactor(String factorCode, Reason reason, String detail) {
		super(factorCode + ": " + reason + " " + detail);
		this.factorCode = factorCode;
		this.reason = reason;
		this.detail = detail;
	}

	public String factorCode() {
		return this.factorCode;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The offending value as given (a unit, a kind, a scope). */
	public String detail() {
		return this.detail;
	}

	/** Why a factor is refused. */
	public enum Reason {

		/** No unit given. */
		NO_UNIT,

		/**
		 * A unit that is not mass of CO₂ (t or kg) per a metering unit, or not a known
		 * one.
		 */
		UNKNOWN_UNIT,

		/** The factor's unit does not convert to the meter's unit. */
		UNIT_NOT_OF_KIND,

		/**
		 * The meter kind causes no emissions of its own, or the scope does not fit it.
		 */
		WRONG_SCOPE,

		/** No value, or one below zero. */
		NO_VALUE,

		/** No source given: every factor says where it comes from. */
		NO_SOURCE

	}

}
