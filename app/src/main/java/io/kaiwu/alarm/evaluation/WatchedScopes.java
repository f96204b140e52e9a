package io.kaiwu.alarm.evaluation;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.kaiwu.telemetry.DeviceMeasurements;

/**
 * Which devices' batches the alarm module wants, asked on the telemetry writer thread: a
 * device some enabled rule watches, by its id or its type's id. Until the rules of the
 * last change are loaded every batch is wanted, so that none of a new rule's first values
 * is missed.
 */
final class WatchedScopes {

	/** Counts rule changes. */
	private final AtomicLong changes = new AtomicLong(1);

	/** The rule changes the scopes were loaded after. */
	private volatile long loaded;

	/** Device ids and device type ids some enabled rule watches. */
	private volatile Set<UUID> scopes = Set.of();

	/** Rules were saved or deleted. */
	void changed() {
		this.changes.incrementAndGet();
	}

	/**
	 * @return the change to pass to {@link #loaded} once the rules are read, or -1 when
	 * nothing changed since the last load.
	 */
	long toLoad() {
		long now = this.changes.get();
		return (now != this.loaded) ? now : -1;
	}

	/** The rules as of change {@code change} are loaded and watch these scopes. */
	void loaded(long change, Set<UUID> scopes) {
		this.scopes = Set.copyOf(scopes);
		this.loaded = change;
	}

	boolean wants(DeviceMeasurements batch) {
		Set<UUID> watched = this.scopes;
		return this.loaded != this.changes.get() || watched.contains(batch.deviceId())
				|| watched.contains(batch.deviceTypeId());
	}

}
