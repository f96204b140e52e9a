package io.kaiwu.telemetry.store;

import java.nio.file.Path;
import java.util.List;

import io.kaiwu.telemetry.TelemetryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded DuckDB store against the contract, on a real file. */
class DuckDbTelemetryStoreTests extends TelemetryStoreContract {

	@TempDir
	Path dir;

	DuckDbTelemetryStore store;

	@BeforeEach
	void open() {
		this.store = new DuckDbTelemetryStore("jdbc:duckdb:" + this.dir.resolve("telemetry.duckdb"));
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
		this.store = new DuckDbTelemetryStore("jdbc:duckdb:" + this.dir.resolve("telemetry.duckdb"));
		assertThat(this.store.count(this.tenant, this.device, "temperature", this.t0, this.t0.plusSeconds(60)))
			.isEqualTo(2);
	}

}
