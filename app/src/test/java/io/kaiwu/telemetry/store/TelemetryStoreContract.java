package io.kaiwu.telemetry.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every telemetry store must do. Each implementation runs these tests through a
 * subclass that supplies a fresh store.
 */
abstract class TelemetryStoreContract {

	final TenantId tenant = TenantId.of(UUID.randomUUID());

	final UUID device = UUID.randomUUID();

	final Instant t0 = Instant.parse("2026-07-06T00:00:00Z");

	abstract TelemetryStore store();

	Measurement temperature(int second, double value) {
		return Measurement.number(this.tenant, this.device, "temperature", this.t0.plusSeconds(second), value,
				Quality.GOOD);
	}

	@Test
	void storesABatchAndReadsItBackInOrder() {
		assertThat(store().append(List.of(temperature(2, 21.5), temperature(0, 20.0), temperature(1, 20.7))))
			.isEqualTo(3);
		List<Measurement> history = store().history(this.tenant, this.device, "temperature", this.t0,
				this.t0.plusSeconds(60), 0, 10);
		assertThat(history).extracting(Measurement::number).containsExactly(20.0, 20.7, 21.5);
		assertThat(store().count(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(60)))
			.isEqualTo(3);
	}

	@Test
	void storesARedeliveredMeasurementOnce() {
		store().append(List.of(temperature(0, 20.0), temperature(1, 20.5)));
		int stored = store().append(List.of(temperature(1, 99.0), temperature(2, 21.0)));
		assertThat(stored).as("only the new one").isEqualTo(1);
		assertThat(store().history(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(60), 0, 10))
			.extracting(Measurement::number)
			.as("the first delivery stands")
			.containsExactly(20.0, 20.5, 21.0);
	}

	@Test
	void storesTheFirstOfSeveralDeliveriesInOneBatch() {
		int stored = store().append(List.of(temperature(5, 25.0), temperature(5, 99.0), temperature(3, 23.0),
				temperature(3, 98.0), temperature(6, 26.0)));
		assertThat(stored).isEqualTo(3);
		assertThat(store().history(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(60), 0, 10))
			.extracting(Measurement::number)
			.containsExactly(23.0, 25.0, 26.0);
	}

	@Test
	void acceptsLateValuesBetweenStoredOnesOnce() {
		store().append(List.of(temperature(0, 20.0), temperature(10, 30.0)));
		assertThat(store().append(List.of(temperature(5, 25.0), temperature(10, 99.0), temperature(11, 31.0))))
			.isEqualTo(2);
		assertThat(store().append(List.of(temperature(5, 98.0)))).as("the late value redelivered").isZero();
		assertThat(store().history(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(60), 0, 10))
			.extracting(Measurement::number)
			.containsExactly(20.0, 25.0, 30.0, 31.0);
	}

	@Test
	void keepsQualityTextAndMicroseconds() {
		Instant precise = Instant.parse("2026-07-06T00:00:00.123456Z");
		store().append(
				List.of(Measurement.text(this.tenant, this.device, "state", precise, "running", Quality.UNCERTAIN)));
		Measurement back = store().latest(this.tenant, this.device).get(0);
		assertThat(back.text()).isEqualTo("running");
		assertThat(back.number()).isNull();
		assertThat(back.quality()).isEqualTo(Quality.UNCERTAIN);
		assertThat(back.ts()).isEqualTo(precise);
	}

	@Test
	void answersTheLatestValueOfEachProperty() {
		store().append(List.of(temperature(0, 20.0), temperature(5, 22.0), Measurement.number(this.tenant, this.device,
				"vibrationRms", this.t0.plusSeconds(3), 1.8, Quality.GOOD)));
		assertThat(store().latest(this.tenant, this.device)).extracting(Measurement::property, Measurement::number)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("temperature", 22.0),
					org.assertj.core.groups.Tuple.tuple("vibrationRms", 1.8));
	}

	@Test
	void pagesThroughHistory() {
		List<Measurement> batch = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			batch.add(temperature(i, i));
		}
		store().append(batch);
		List<Measurement> page = store().history(this.tenant, this.device, "temperature", this.t0,
				this.t0.plusSeconds(3600), 10, 10);
		assertThat(page).extracting(Measurement::number).first().isEqualTo(10.0);
		assertThat(page).hasSize(10);
	}

	@Test
	void countsEveryMeasurementOfATenantInARange() {
		UUID second = UUID.randomUUID();
		store().append(List.of(temperature(0, 20.0), temperature(1, 20.5), temperature(90, 21.0),
				Measurement.number(this.tenant, second, "speed", this.t0.plusSeconds(2), 1200, Quality.GOOD)));
		TenantId other = TenantId.of(UUID.randomUUID());
		store().append(List.of(Measurement.number(other, second, "speed", this.t0.plusSeconds(3), 1300, Quality.GOOD)));
		assertThat(store().countAll(this.tenant, this.t0, this.t0.plusSeconds(60))).isEqualTo(3);
		assertThat(store().countAll(this.tenant, this.t0.plusSeconds(1), this.t0.plusSeconds(91))).isEqualTo(3);
		assertThat(store().countAll(other, this.t0, this.t0.plusSeconds(60))).isEqualTo(1);
	}

	@Test
	void neverAnswersAnotherTenantsMeasurements() {
		store().append(List.of(temperature(0, 20.0)));
		TenantId other = TenantId.of(UUID.randomUUID());
		assertThat(store().latest(other, this.device)).isEmpty();
		assertThat(store().history(other, this.device, "temperature", this.t0, this.t0.plusSeconds(60), 0, 10))
			.isEmpty();
		assertThat(store().numbers(other, this.device, "temperature", this.t0, this.t0.plusSeconds(60))).isEmpty();
	}

	@Test
	void retentionDeletesOnlyOlderMeasurementsOfThatTenant() {
		store().append(List.of(temperature(0, 1), temperature(100, 2)));
		TenantId other = TenantId.of(UUID.randomUUID());
		UUID otherDevice = UUID.randomUUID();
		store().append(List.of(Measurement.number(other, otherDevice, "temperature", this.t0, 5, Quality.GOOD)));
		assertThat(store().deleteBefore(this.tenant, this.t0.plusSeconds(50))).isEqualTo(1);
		assertThat(store().numbers(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(3600)))
			.extracting((s) -> s.value())
			.containsExactly(2.0);
		assertThat(store().latest(other, otherDevice)).hasSize(1);
	}

}
