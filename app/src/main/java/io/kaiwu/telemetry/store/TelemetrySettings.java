package io.kaiwu.telemetry.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where telemetry is stored.
 *
 * @param store {@code duckdb} (the embedded default) or {@code postgresql} (the database
 * Kaiwu runs on; {@code KAIWU_TELEMETRY_STORE}).
 * @param duckdbFile the embedded store's file ({@code KAIWU_TELEMETRY_DUCKDB_FILE}).
 * @param duckdbWriters appends to the embedded store that run side by side, each with a
 * writer thread of its own ({@code KAIWU_TELEMETRY_DUCKDB_WRITERS}).
 */
@ConfigurationProperties("kaiwu.telemetry")
record TelemetrySettings(@DefaultValue("duckdb") String store, @DefaultValue("./data/telemetry.duckdb") Path duckdbFile,
		@DefaultValue("2") int duckdbWriters) {
}
