package io.kaiwu.connectivity;

/**
 * A way for devices to reach Kaiwu (the MQTT broker today), as an operator sees it.
 */
public interface Connector {

	/** A short, stable name, for example {@code mqtt}. */
	String name();

	/** What the connector is doing right now. */
	ConnectorStatus status();

}
