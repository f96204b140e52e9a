package io.kaiwu.telemetry.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The embedded store's series in memory: a series is one property of one device, numbered
 * in {@code telemetry_series}. For each the catalog also knows the newest time stored,
 * which lets the store append a value newer than that without looking for a duplicate:
 * devices send in time order, so nearly every value takes that path, and only late,
 * backfilled or redelivered values are compared with what is stored.
 * <p>
 * Used by one writer at a time (the store's lock); a batch's changes count once
 * {@link #commit()} is called and are forgotten by {@link #rollback()}.
 */
final class SeriesCatalog {

	/** One series: its number and the newest time stored (epoch microseconds). */
	static final class Series {

		final long id;

		private long newest;

		private long newestInBatch;

		private int batch;

		private Series(long id, long newest) {
			this.id = id;
			this.newest = newest;
		}

	}

	/**
	 * A series numbered in the current batch, to be written to {@code telemetry_series}.
	 */
	record Created(TenantId tenant, UUID device, String property, Series series) {
	}

	private record Owner(TenantId tenant, UUID device) {
	}

	private final Map<Owner, Map<String, Series>> byDevice = new HashMap<>();

	private final List<Created> created = new ArrayList<>();

	private final List<Series> touched = new ArrayList<>();

	private final LongSupplier newSeriesId;

	private int batch;

	// the previous lookup: a message's values are of one device, one after the other
	private @Nullable TenantId lastTenant;

	private @Nullable UUID lastDevice;

	private @Nullable Map<String, Series> lastProperties;

	/**
	 * @param newSeriesId numbers a new series (shared by the lanes of a store; a number
	 * taken by a batch that is rolled back stays unused).
	 */
	SeriesCatalog(LongSupplier newSeriesId) {
		this.newSeriesId = newSeriesId;
	}

	/** Adds a series read from the store, with the newest time it holds (or none). */
	void load(long id, TenantId tenant, UUID device, String property, @Nullable Long newest) {
		this.byDevice.computeIfAbsent(new Owner(tenant, device), (owner) -> new HashMap<>())
			.put(property, new Series(id, (newest != null) ? newest : Long.MIN_VALUE));
	}

	Optional<Series> find(TenantId tenant, UUID device, String property) {
		Map<String, Series> properties = this.byDevice.get(new Owner(tenant, device));
		return Optional.ofNullable((properties != null) ? properties.get(property) : null);
	}

	/** Starts a batch: what follows is undone by {@link #rollback()}. */
	void begin() {
		this.batch++;
		this.created.clear();
		this.touched.clear();
	}

	/** The series of a value, numbering a new one when the device never had it. */
	Series seriesOf(TenantId tenant, UUID device, String property) {
		Map<String, Series> properties = this.lastProperties;
		if (properties == null || !device.equals(this.lastDevice) || !tenant.equals(this.lastTenant)) {
			properties = this.byDevice.computeIfAbsent(new Owner(tenant, device), (owner) -> new HashMap<>());
			this.lastTenant = tenant;
			this.lastDevice = device;
			this.lastProperties = properties;
		}
		Series series = properties.get(property);
		if (series == null) {
			series = new Series(this.newSeriesId.getAsLong(), Long.MIN_VALUE);
			properties.put(property, series);
			this.created.add(new Created(tenant, device, property, series));
		}
		return series;
	}

	/**
	 * Whether a value at {@code tsMicros} is newer than everything stored and everything
	 * taken so far in this batch for its series; if so it is taken as the newest.
	 */
	boolean takeIfNewest(Series series, long tsMicros) {
		if (series.batch != this.batch) {
			series.batch = this.batch;
			series.newestInBatch = series.newest;
			this.touched.add(series);
		}
		if (tsMicros > series.newestInBatch) {
			series.newestInBatch = tsMicros;
			return true;
		}
		return false;
	}

	List<Created> created() {
		return this.created;
	}

	/** The batch is durable: its newest times and new series stand. */
	void commit() {
		for (Series series : this.touched) {
			series.newest = series.newestInBatch;
		}
		this.touched.clear();
		this.created.clear();
	}

	/**
	 * The batch was rolled back: forgets its new series (its newest times never counted).
	 */
	void rollback() {
		for (Created gone : this.created) {
			Map<String, Series> properties = this.byDevice.get(new Owner(gone.tenant(), gone.device()));
			properties.remove(gone.property());
			if (properties.isEmpty()) {
				this.byDevice.remove(new Owner(gone.tenant(), gone.device()));
			}
		}
		this.created.clear();
		this.touched.clear();
		this.lastProperties = null;
	}

}
