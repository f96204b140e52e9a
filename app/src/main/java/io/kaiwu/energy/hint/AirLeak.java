package io.kaiwu.energy.hint;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A compressed-air leak seen in a compressor's base flow.
 *
 * @param leakFlow m³/min: the latest window's base flow above the reference
 * @param baseFlow m³/min: the latest window's base flow
 * @param referenceFlow m³/min: the median base flow of the windows before
 * @param spread m³/min: how far the earlier windows' base flows scatter (1.4826 × MAD)
 * @param kWPerFlow kW per m³/min, from the compressor's own readings; {@literal null}
 * when its power readings cannot tell
 * @param leakKw the power the leak costs; {@literal null} when kWPerFlow is
 * @param windows every window's base flow, oldest first (the evidence)
 */
public record AirLeak(double leakFlow, double baseFlow, double referenceFlow, double spread, @Nullable Double kWPerFlow,
		@Nullable Double leakKw, List<Window> windows) {

	public AirLeak {
		windows = List.copyOf(windows);
	}

	/**
	 * The lowest flow of one window.
	 *
	 * @param start its start
	 * @param end its end
	 * @param baseFlow the lowest median of its ten-minute slots
	 */
	public record Window(Instant start, Instant end, double baseFlow) {
	}

}
