package io.kaiwu.telemetry.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one telemetry store of this installation, chosen by {@code kaiwu.telemetry.store}.
 */
@Configuration(proxyBeanMethods = false)
class TelemetryStores {

	@Bean(destroyMethod = "close")
	@EmbeddedTelemetryStore
	DuckDbTelemetryStore duckDbTelemetryStore(TelemetrySettings settings) {
		Path file = settings.duckdbFile().toAbsolutePath();
		try {
			Files.createDirectories(file.getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the directory of the telemetry store " + file, ex);
		}
		return new DuckDbTelemetryStore("jdbc:duckdb:" + file, settings.duckdbWriters());
	}

	@Bean
	@PostgresTelemetry
	PostgresTelemetryStore postgresTelemetryStore(DataSource dataSource) {
		return new PostgresTelemetryStore(dataSource);
	}

}
