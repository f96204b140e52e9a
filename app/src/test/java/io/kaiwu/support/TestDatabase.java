package io.kaiwu.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the database the surefire execution asks for
 * ({@code kaiwu.test.database}): an in-memory H2 in PostgreSQL mode (the embedded
 * default's engine), or a schema of its own in the local PostgreSQL (127.0.0.1:5432,
 * database {@code test}) that is dropped when the JVM ends. One database per test JVM, so
 * tests never assume an empty database.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String POSTGRES_URL = System.getProperty("kaiwu.test.postgres-url",
			"jdbc:postgresql://127.0.0.1:5432/test");

	private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static volatile boolean schemaCreated;

	/** The PostgreSQL schema of this test JVM. */
	public static String schema() {
		return "kaiwu_it_" + RUN.toLowerCase(Locale.ROOT);
	}

	public static boolean postgres() {
		return "postgresql".equals(System.getProperty("kaiwu.test.database", "embedded"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = postgres() ? postgresProperties()
				: Map.of("spring.datasource.url", "jdbc:h2:mem:kaiwu_" + RUN
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
						"spring.datasource.username", "sa", "spring.datasource.password", "");
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("kaiwu-test-database", properties));
	}

	private static synchronized Map<String, Object> postgresProperties() {
		String schema = schema();
		if (!schemaCreated) {
			execute("CREATE SCHEMA " + schema);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP SCHEMA " + schema + " CASCADE")));
			schemaCreated = true;
		}
		return Map.of("spring.datasource.url", POSTGRES_URL + "?currentSchema=" + schema, "spring.datasource.username",
				System.getProperty("kaiwu.test.postgres-user", "postgres"), "spring.datasource.password", "",
				"spring.flyway.schemas", schema, "spring.flyway.default-schema", schema, "kaiwu.telemetry.store",
				"postgresql");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(POSTGRES_URL,
				System.getProperty("kaiwu.test.postgres-user", "postgres"), "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL + " is needed for this run: " + sql, ex);
		}
	}

}
