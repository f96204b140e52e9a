package io.kaiwu.telemetry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.aggregation.Sample;
import org.jspecify.annotations.Nullable;

/**
 * Where measurements live. Every implementation passes the same contract suite: a batch
 * is durable when {@link #append} returns, a measurement delivered twice is stored once,
 * and every read names the tenant first.
 */
public interface TelemetryStore {

	/**
	 * Stores a batch in one durable transaction; measurements already stored for the same
	 * device, property and time are left as they were.
	 * @param batch must not be {@literal null}.
	 * @return how many measurements were new.
	 */
	int append(List<Measurement> batch);

	/**
	 * How many {@link #append}s may run side by side; an ingestion path that wants the
	 * most out of the store keeps one writer thread per writer and routes each device to
	 * {@link #writerOf} its id.
	 */
	default int writers() {
		return 1;
	}

	/** The writer, in {@code [0, writers())}, that a device's measurements belong to. */
	default int writerOf(UUID device) {
		return 0;
	}

	/**
	 * The newest measurement of each property of a device.
	 * @param tenant must not be {@literal null}.
	 * @param device must not be {@literal null}.
	 */
	List<Measurement> latest(TenantId tenant, UUID device);

	/**
	 * Raw history of one property in {@code [from, to)}, oldest first, one page of it.
	 * @param offset rows to skip.
	 * @param limit rows to answer at most.
	 */
	List<Measurement> history(TenantId tenant, UUID device, String property, Instant from, Instant to, long offset,
			int limit);

	/**
	 * Every measurement of one property in {@code [from, to)}, oldest first, handed over
	 * one by one as {@link #history} pages are read. A page starts where the one before
	 * ended (by time, not by offset), so a month of a device read every second is read
	 * once and never held in memory.
	 * @param each takes each measurement.
	 */
	default void each(TenantId tenant, UUID device, String property, Instant from, Instant to,
			Consumer<Measurement> each) {
		final int page = 10_000;
		Instant cursor = from;
		@Nullable Instant last = null;
		List<Measurement> rows;
		do {
			rows = history(tenant, device, property, cursor, to, 0, page);
			for (Measurement m : rows) {
				// the page starts at the last time seen, which was handed over already
				if (last != null && !m.ts().isAfter(last)) {
					continue;
				}
				last = m.ts();
				each.accept(m);
			}
			if (last != null) {
				cursor = last;
			}
		}
		while (rows.size() == page);
	}

	/** How many measurements {@link #history} has in {@code [from, to)}. */
	long count(TenantId tenant, UUID device, String property, Instant from, Instant to);

	/**
	 * How many measurements a whole tenant has with a time in {@code [from, to)}, every
	 * device and property together (one scan, for operators and benchmarks).
	 */
	long countAll(TenantId tenant, Instant from, Instant to);

	/**
	 * The numeric values of one property in {@code [from, to)}, oldest first, for
	 * aggregation.
	 */
	List<Sample> numbers(TenantId tenant, UUID device, String property, Instant from, Instant to);

	/**
	 * Deletes a tenant's measurements older than the cutoff (retention).
	 * @return how many were deleted.
	 */
	long deleteBefore(TenantId tenant, Instant cutoff);

}
