package io.kaiwu.telemetry.store;

import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the embedded store tells a new value from one that may already be stored. */
class SeriesCatalogTests {

	final TenantId tenant = TenantId.of(UUID.randomUUID());

	final UUID device = UUID.randomUUID();

	final java.util.concurrent.atomic.AtomicLong lastId = new java.util.concurrent.atomic.AtomicLong(1);

	final SeriesCatalog catalog = new SeriesCatalog(this.lastId::incrementAndGet);

	@Test
	void aValueNewerThanEverythingStoredNeedsNoCheck() {
		this.catalog.load(7, this.tenant, this.device, "temperature", 1_000L);
		this.catalog.begin();
		SeriesCatalog.Series series = this.catalog.seriesOf(this.tenant, this.device, "temperature");
		assertThat(series.id).isEqualTo(7);
		assertThat(this.catalog.takeIfNewest(series, 1_000)).as("the newest stored, again").isFalse();
		assertThat(this.catalog.takeIfNewest(series, 999)).as("older").isFalse();
		assertThat(this.catalog.takeIfNewest(series, 1_001)).isTrue();
		assertThat(this.catalog.takeIfNewest(series, 1_001)).as("the same time twice in one batch").isFalse();
	}

	@Test
	void aRolledBackBatchForgetsItsNewSeriesAndTimes() {
		this.catalog.load(1, this.tenant, this.device, "temperature", 1_000L);
		this.catalog.begin();
		SeriesCatalog.Series temperature = this.catalog.seriesOf(this.tenant, this.device, "temperature");
		this.catalog.takeIfNewest(temperature, 2_000);
		SeriesCatalog.Series speed = this.catalog.seriesOf(this.tenant, this.device, "speed");
		assertThat(speed.id).isEqualTo(2);
		assertThat(this.catalog.created()).hasSize(1);
		this.catalog.rollback();

		assertThat(this.catalog.find(this.tenant, this.device, "speed")).isEmpty();
		this.catalog.begin();
		assertThat(this.catalog.takeIfNewest(temperature, 1_500)).as("2,000 was never stored").isTrue();
		assertThat(this.catalog.seriesOf(this.tenant, this.device, "speed").id)
			.as("numbered anew: the rolled-back number stays unused")
			.isEqualTo(3);
	}

	@Test
	void aCommittedBatchMovesTheNewestTime() {
		this.catalog.begin();
		SeriesCatalog.Series series = this.catalog.seriesOf(this.tenant, this.device, "temperature");
		assertThat(this.catalog.takeIfNewest(series, 5)).isTrue();
		this.catalog.commit();
		this.catalog.begin();
		assertThat(this.catalog.takeIfNewest(series, 5)).isFalse();
		assertThat(this.catalog.find(TenantId.of(UUID.randomUUID()), this.device, "temperature"))
			.as("another tenant's series")
			.isEmpty();
	}

}
