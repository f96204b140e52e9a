package io.kaiwu.connectivity.opcua;

import io.kaiwu.telemetry.Quality;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** The quality of a value from its OPC UA status code (its severity bits). */
final class StatusQuality {

	private StatusQuality() {
	}

	static Quality of(StatusCode status) {
		if (status.isGood()) {
			return Quality.GOOD;
		}
		return status.isUncertain() ? Quality.UNCERTAIN : Quality.BAD;
	}

}
