package io.kaiwu.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A backup taken while Kaiwu runs restores into a fresh database that holds the data: the
 * embedded database with Kaiwu's own backup and restore command, PostgreSQL with the
 * pg_dump and pg_restore commands that docs/operations.md gives.
 */
@KaiwuIntegrationTest
class BackupRestoreIntegrationTests {

	@LocalServerPort
	int port;

	@TempDir
	Path scratch;

	@Test
	void embeddedBackupRestoresWithTheData() throws Exception {
		assumeFalse(TestDatabase.postgres(), "the embedded database's backup");
		Api api = new Api(this.port);
		String admin = api.token("admin", KaiwuIntegrationTest.ADMIN_PASSWORD);
		String name = "备份验证 " + System.nanoTime();
		assertThat(api.post("/api/v1/tenants", admin, Map.of("name", name, "enterpriseType", "MICRO")).status())
			.isEqualTo(201);

		Api.Answer backup = api.post("/api/v1/admin/backups", admin, null);
		assertThat(backup.status()).isEqualTo(201);
		Path file = Path.of("target/test-backups").resolve(backup.json().get("file").asString());
		assertThat(file).exists();
		assertThat(api.get("/api/v1/admin/backups", admin).body()).contains(file.getFileName().toString());

		Path data = this.scratch.resolve("data");
		RestoreCommand.restore(file, data);
		try (Connection restored = DriverManager.getConnection(
				"jdbc:h2:file:" + data.toAbsolutePath().resolve("kaiwu") + RestoreCommand.H2_SETTINGS, "kaiwu", "");
				PreparedStatement query = restored
					.prepareStatement("SELECT enterprise_type FROM tenant WHERE name = ?")) {
			query.setString(1, name);
			try (ResultSet rs = query.executeQuery()) {
				assertThat(rs.next()).as("the tenant is in the restored database").isTrue();
				assertThat(rs.getString(1)).isEqualTo("MICRO");
			}
			try (var shutdown = restored.createStatement()) {
				shutdown.execute("SHUTDOWN");
			}
		}
		Path aside = RestoreCommand.restore(file, data);
		assertThat(aside).as("a second restore moves the first one aside").isNotNull();
		assertThat(aside.resolve("kaiwu.mv.db")).exists();
	}

	@Test
	void backupOnlyForAdminsAndPostgresAsksForPgDump() {
		Api api = new Api(this.port);
		String demo = api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		assertThat(api.post("/api/v1/admin/backups", demo, null).status()).isEqualTo(403);
		assumeTrue(TestDatabase.postgres());
		String admin = api.token("admin", KaiwuIntegrationTest.ADMIN_PASSWORD);
		Api.Answer answer = api.post("/api/v1/admin/backups", admin, null);
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.json().get("detail").asString()).contains("pg_dump");
	}

	@Test
	void postgresBackupRestoresWithPgDumpAndPgRestore() throws Exception {
		assumeTrue(TestDatabase.postgres(), "PostgreSQL's own tools");
		Api api = new Api(this.port);
		String admin = api.token("admin", KaiwuIntegrationTest.ADMIN_PASSWORD);
		String name = "备份验证 " + System.nanoTime();
		api.post("/api/v1/tenants", admin, Map.of("name", name, "enterpriseType", "LARGE"));
		Path dump = this.scratch.resolve("kaiwu.dump");
		String target = "kaiwu_restore_" + System.nanoTime();
		run("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-n", TestDatabase.schema(), "-Fc", "-f", dump.toString(),
				"test");
		run("createdb", "-h", "127.0.0.1", "-U", "postgres", target);
		try {
			run("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "-d", target, dump.toString());
			try (Connection restored = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + target,
					"postgres", "");
					PreparedStatement query = restored.prepareStatement(
							"SELECT enterprise_type FROM " + TestDatabase.schema() + ".tenant WHERE name = ?")) {
				query.setString(1, name);
				try (ResultSet rs = query.executeQuery()) {
					assertThat(rs.next()).isTrue();
					assertThat(rs.getString(1)).isEqualTo("LARGE");
				}
			}
		}
		finally {
			run("dropdb", "-h", "127.0.0.1", "-U", "postgres", target);
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		boolean done = process.waitFor(120, TimeUnit.SECONDS);
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(done && process.exitValue() == 0).as(String.join(" ", command) + ": " + output).isTrue();
	}

}
