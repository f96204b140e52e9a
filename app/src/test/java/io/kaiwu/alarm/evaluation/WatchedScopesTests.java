package io.kaiwu.alarm.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.Quality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alarm module's filter on the telemetry writer thread: only batches of devices that
 * a rule watches (by device or by type) are queued, except while changed rules are not
 * loaded yet.
 */
class WatchedScopesTests {

	final TenantId tenant = TenantId.of(UUID.randomUUID());

	final UUID ovenType = UUID.randomUUID();

	final UUID pumpType = UUID.randomUUID();

	final WatchedScopes scopes = new WatchedScopes();

	@Test
	void everyBatchIsWantedUntilTheRulesAreLoaded() {
		assertThat(this.scopes.wants(batch(UUID.randomUUID(), this.pumpType))).isTrue();
		this.scopes.loaded(this.scopes.toLoad(), Set.of());
		assertThat(this.scopes.wants(batch(UUID.randomUUID(), this.pumpType))).isFalse();
		assertThat(this.scopes.toLoad()).isEqualTo(-1);
	}

	@Test
	void aDeviceIsWantedWhenARuleWatchesItOrItsType() {
		UUID watchedDevice = UUID.randomUUID();
		this.scopes.loaded(this.scopes.toLoad(), Set.of(watchedDevice, this.ovenType));

		assertThat(this.scopes.wants(batch(watchedDevice, this.pumpType))).isTrue();
		assertThat(this.scopes.wants(batch(UUID.randomUUID(), this.ovenType))).isTrue();
		assertThat(this.scopes.wants(batch(UUID.randomUUID(), this.pumpType))).isFalse();
	}

	@Test
	void afterARuleChangeEveryBatchIsWantedUntilThatChangeIsLoaded() {
		this.scopes.loaded(this.scopes.toLoad(), Set.of(this.ovenType));
		UUID pump = UUID.randomUUID();
		this.scopes.changed();
		long change = this.scopes.toLoad();
		assertThat(change).isNotNegative();
		assertThat(this.scopes.wants(batch(pump, this.pumpType))).isTrue();

		// another change arrives while the first is being loaded
		this.scopes.changed();
		this.scopes.loaded(change, Set.of(this.ovenType));
		assertThat(this.scopes.wants(batch(pump, this.pumpType))).isTrue();

		this.scopes.loaded(this.scopes.toLoad(), Set.of(this.ovenType, pump));
		assertThat(this.scopes.wants(batch(pump, this.pumpType))).isTrue();
		assertThat(this.scopes.wants(batch(UUID.randomUUID(), this.pumpType))).isFalse();
	}

	private MeasurementsStored batch(UUID device, UUID type) {
		return new MeasurementsStored(this.tenant, device, "device-" + device, type,
				List.of(Measurement.number(this.tenant, device, "temperature", Instant.now(), 85, Quality.GOOD)));
	}

}
