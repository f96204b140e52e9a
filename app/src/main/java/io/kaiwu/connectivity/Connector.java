package io.kaiwu.connectivity;

import java.util.OptionalInt;

/**
 * A way for devices to reach Kaiwu (the MQTT broker today), as an operator sees it.
 */
public interface Connector {

	/** A short, stable name, for example {@code mqtt}. */
	String name();

	/** What the connector is doing right now. */
	ConnectorStatus status();

	/** The port devices connect to while the connector runs, empty otherwise. */
	default OptionalInt port() {
		return OptionalInt.empty();
	}

}
