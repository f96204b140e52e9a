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
 */
@ConfigurationProperties("kaiwu.telemetry")
record TelemetrySettings(@DefaultValue("duckdb") String store,
		@DefaultValue("./data/telemetry.duckdb") Path duckdbFile) {
}
