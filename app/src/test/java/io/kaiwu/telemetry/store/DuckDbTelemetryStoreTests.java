package io.kaiwu.telemetry.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The embedded DuckDB store against the contract, on a real file, with two writers as by
 * default.
 */
class DuckDbTelemetryStoreTests extends TelemetryStoreContract {

	@TempDir
	Path dir;

	DuckDbTelemetryStore store;

	@BeforeEach
	void open() {
		this.store = new DuckDbTelemetryStore("jdbc:duckdb:" + this.dir.resolve("telemetry.duckdb"), 2);
	}

	@AfterEach
	void close() {
		this.store.close();
	}

	@Override
	TelemetryStore store() {
		return this.store;
	}

	@Test
	void keepsWhatWasCommittedAcrossAReopen() {
		this.store.append(List.of(temperature(0, 20.0), temperature(1, 21.0)));
		this.store.close();
		this.store = new DuckDbTelemetryStore("jdbc:duckdb:" + this.dir.resolve("telemetry.duckdb"), 2);
		assertThat(this.store.count(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(60)))
			.isEqualTo(2);
		assertThat(this.store.append(List.of(temperature(1, 99.0), temperature(2, 22.0))))
			.as("what was stored before the reopen still counts as stored")
			.isEqualTo(1);
	}

	@Test
	void twoWritersAppendSideBySideAndEachValueIsStoredOnce() throws Exception {
		List<UUID> devices = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			devices.add(UUID.randomUUID());
		}
		assertThat(devices.stream().map(this.store::writerOf).distinct()).as("both writers get devices")
			.containsExactlyInAnyOrder(0, 1);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> stored = new ArrayList<>();
			for (int writer = 0; writer < 2; writer++) {
				int mine = writer;
				stored.add(writers.submit(() -> {
					int total = 0;
					for (int second = 0; second < 50; second++) {
						List<Measurement> batch = new ArrayList<>();
						for (UUID device : devices) {
							if (this.store.writerOf(device) == mine) {
								batch.add(Measurement.number(this.tenant, device, "speed", this.t0.plusSeconds(second),
										second, Quality.GOOD));
								// the previous second again, as a redelivery would bring
								// it
								batch.add(Measurement.number(this.tenant, device, "speed",
										this.t0.plusSeconds(Math.max(0, second - 1)), -1, Quality.GOOD));
							}
						}
						total += this.store.append(batch);
					}
					return total;
				}));
			}
			assertThat(stored.get(0).get() + stored.get(1).get()).isEqualTo(40 * 50);
		}
		finally {
			writers.shutdown();
		}
		assertThat(this.store.countAll(this.tenant, this.t0, this.t0.plusSeconds(60))).isEqualTo(40 * 50);
		assertThat(this.store.numbers(this.tenant, devices.get(7), "speed", this.t0, this.t0.plusSeconds(60)))
			.extracting((sample) -> sample.value())
			.as("the first delivery of each second stands")
			.doesNotContain(-1.0)
			.hasSize(50);
	}

	@Test
	void aBatchOfDevicesOfBothWritersIsStored() {
		List<Measurement> batch = new ArrayList<>();
		List<UUID> devices = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			UUID device = UUID.randomUUID();
			devices.add(device);
			batch.add(Measurement.number(this.tenant, device, "speed", this.t0, i, Quality.GOOD));
		}
		assertThat(this.store.append(batch)).isEqualTo(10);
		assertThat(this.store.append(batch)).as("again: nothing new").isZero();
		assertThat(this.store.latest(this.tenant, devices.get(3))).extracting(Measurement::number).containsExactly(3.0);
	}

	@Test
	void convertsAVersion1FileKeepingEveryValue() throws SQLException {
		this.store.close();
		Path old = this.dir.resolve("version1.duckdb");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + old);
				Statement sql = connection.createStatement()) {
			sql.execute("CREATE TABLE telemetry_schema (version INTEGER NOT NULL)");
			sql.execute("INSERT INTO telemetry_schema VALUES (1)");
			sql.execute("""
					CREATE TABLE telemetry_point (tenant_id UUID NOT NULL, device_id UUID NOT NULL,
					    property VARCHAR NOT NULL, ts_us BIGINT NOT NULL, num_value DOUBLE, text_value VARCHAR,
					    quality UTINYINT NOT NULL, PRIMARY KEY (device_id, property, ts_us))""");
			long t0us = DuckDbTelemetryStore.micros(this.t0);
			sql.execute("INSERT INTO telemetry_point VALUES ('" + this.tenant.value() + "', '" + this.device
					+ "', 'temperature', " + t0us + ", 20.5, NULL, 0), ('" + this.tenant.value() + "', '" + this.device
					+ "', 'temperature', " + (t0us + 1_000_000) + ", 21.5, NULL, 1), ('" + this.tenant.value() + "', '"
					+ this.device + "', 'state', " + t0us + ", NULL, 'running', 0)");
		}
		this.store = new DuckDbTelemetryStore("jdbc:duckdb:" + old);
		assertThat(this.store.history(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(60), 0, 10))
			.extracting(Measurement::number, Measurement::quality)
			.containsExactly(tuple(20.5, Quality.GOOD), tuple(21.5, Quality.UNCERTAIN));
		assertThat(this.store.latest(this.tenant, this.device)).extracting(Measurement::property, Measurement::text)
			.containsExactly(tuple("state", "running"), tuple("temperature", null));
		assertThat(this.store.append(List.of(temperature(1, 99.0), temperature(2, 22.5))))
			.as("the converted values still count as stored")
			.isEqualTo(1);
	}

}
