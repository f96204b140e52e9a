package io.kaiwu.telemetry.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.support.TestDatabase;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL store against the same contract, on the local PostgreSQL, in a schema of
 * its own migrated by Flyway exactly as Kaiwu migrates it (db/migration plus
 * db/vendor/postgresql).
 */
class PostgresTelemetryStoreTests extends TelemetryStoreContract {

	private static final String SCHEMA = "kaiwu_tsdb_" + UUID.randomUUID().toString().substring(0, 8);

	private static PostgresTelemetryStore store;

	@BeforeAll
	static void migrate() throws Exception {
		execute("CREATE SCHEMA " + SCHEMA);
		Flyway.configure()
			.dataSource(TestDatabase.POSTGRES_URL, "postgres", "")
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
			.load()
			.migrate();
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(TestDatabase.POSTGRES_URL + "?currentSchema=" + SCHEMA);
		dataSource.setUser("postgres");
		store = new PostgresTelemetryStore(dataSource);
	}

	@AfterAll
	static void drop() throws Exception {
		execute("DROP SCHEMA " + SCHEMA + " CASCADE");
	}

	@Override
	TelemetryStore store() {
		return store;
	}

	@Test
	void putsEachMonthIntoItsOwnPartition() throws Exception {
		store.append(List.of(
				Measurement.number(this.tenant, this.device, "energyKwh", Instant.parse("2026-10-31T23:59:59Z"), 1,
						Quality.GOOD),
				Measurement.number(this.tenant, this.device, "energyKwh", Instant.parse("2026-11-01T00:00:00Z"), 2,
						Quality.GOOD)));
		try (Connection connection = DriverManager.getConnection(TestDatabase.POSTGRES_URL, "postgres", "");
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".telemetry_point_2026_11")) {
			rs.next();
			assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(1);
		}
	}

	private static void execute(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(TestDatabase.POSTGRES_URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
