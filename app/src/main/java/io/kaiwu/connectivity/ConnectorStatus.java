package io.kaiwu.connectivity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A snapshot of one connector.
 *
 * @param connector the connector's name, for example {@code mqtt}.
 * @param state whether it runs.
 * @param connectedClients devices connected now.
 * @param messagesReceived messages accepted for processing since the start.
 * @param messagesRejected messages refused or failed since the start (not authorized,
 * unreadable, ingestion failed).
 * @param lastError the last error in words, {@literal null} when there was none.
 * @param lastErrorAt when it happened, {@literal null} when there was none.
 */
public record ConnectorStatus(String connector, State state, int connectedClients, long messagesReceived,
		long messagesRejected, @Nullable String lastError, @Nullable Instant lastErrorAt) {

	/** Whether a connector runs. */
	public enum State {

		/** Switched off by configuration. */
		DISABLED,

		/** Configured but not (yet, or no longer) running. */
		STOPPED,

		/** Accepting connections. */
		RUNNING,

		/** Could not start. */
		FAILED

	}

}
