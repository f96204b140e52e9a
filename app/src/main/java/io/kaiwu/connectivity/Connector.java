package io.kaiwu.connectivity;

import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * A way for devices to reach Kaiwu (the MQTT broker today), as an operator sees it.
 */
public interface Connector {

	/** A short, stable name, for example {@code mqtt}. */
	String name();

	/** What the connector is doing right now. */
	ConnectorStatus status();

	/**
	 * The heading on the connectors page for a connector defined at run time (an OPC UA
	 * connection); {@literal null} for a built-in one, whose heading is the message
	 * {@code connectivity.name.<name>}.
	 */
	default @Nullable String displayName() {
		return null;
	}

	/** The port devices connect to while the connector runs, empty otherwise. */
	default OptionalInt port() {
		return OptionalInt.empty();
	}

}
