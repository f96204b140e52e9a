package io.kaiwu.energy.carbon;

import java.util.Optional;

import io.kaiwu.energy.metering.MeterKind;

/** GHG Protocol scopes of the emissions a meter accounts for. */
public enum Scope {

	/** Direct: fuels burned on site (natural gas). */
	SCOPE_1,

	/** Indirect: purchased electricity, heat and steam. */
	SCOPE_2;

	/**
	 * The scope of what a meter of this kind measures; empty for water and compressed
	 * air, which cause no emissions of their own here (compressed air made on site is
	 * counted in the compressors' electricity).
	 */
	public static Optional<Scope> of(MeterKind kind) {
		return switch (kind) {
			case NATURAL_GAS -> Optional.of(SCOPE_1);
			case ELECTRICITY, STEAM -> Optional.of(SCOPE_2);
			case WATER, COMPRESSED_AIR -> Optional.empty();
		};
	}

}
