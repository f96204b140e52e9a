package io.kaiwu.telemetry;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The one way measurements enter Kaiwu: every protocol adapter (HTTP, MQTT, Sparkplug B,
 * OPC UA, Modbus) hands its readings here. Each value is checked against the device's
 * thing model; what passes is stored durably before this method returns, so an adapter
 * may acknowledge (QoS 1) right after; what fails goes to the dead-letter list with its
 * reason, and the rest of the message is still stored.
 */
public interface TelemetryIngestion {

	/**
	 * Ingests one message of one device.
	 * @param deviceKey the device's platform-wide key; must be a registered device.
	 * @param readings what the message carried.
	 * @param connector which adapter it came through, for example {@code http} or
	 * {@code mqtt}.
	 * @param rejectedByParser what the adapter could not even read (kept as dead letters
	 * too).
	 */
	IngestionResult ingest(String deviceKey, List<Reading> readings, String connector,
			List<Rejection> rejectedByParser);

	/**
	 * As {@link #ingest}, but returns at once: the message is stored together with the
	 * others that arrive meanwhile, in one transaction. The future completes when the
	 * message is durable (so an adapter may acknowledge then), or fails when it could not
	 * be stored or the queue is full
	 * ({@link java.util.concurrent.RejectedExecutionException}). This default stores it
	 * at once, on the calling thread.
	 */
	default CompletableFuture<Void> ingestGrouped(String deviceKey, List<Reading> readings, String connector,
			List<Rejection> rejectedByParser) {
		try {
			ingest(deviceKey, readings, connector, rejectedByParser);
			return CompletableFuture.completedFuture(null);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

}
