package io.kaiwu.telemetry;

import java.time.Instant;
import java.util.Optional;

/**
 * What HTTP ingest ({@code POST /api/v1/devices/{key}/telemetry}) did since the start,
 * read-only, so that the connectors page can show it.
 */
public interface HttpIngestCounts {

	/** Requests whose message was handed to ingestion. */
	long accepted();

	/**
	 * Requests refused (not signed in, another device's key, too large, unreadable) or
	 * whose ingestion failed.
	 */
	long rejected();

	/** The last refusal or failure, empty when there was none. */
	Optional<LastError> lastError();

	/**
	 * A refusal or failure.
	 *
	 * @param message what happened, in words (never a secret).
	 * @param at when.
	 */
	record LastError(String message, Instant at) {
	}

}
