package io.kaiwu.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Restores a backup into the embedded database while Kaiwu is stopped, with the database
 * login of {@code KAIWU_DB_USER} and {@code KAIWU_DB_PASSWORD} when set:
 * {@code java -jar kaiwu-exec.jar restore data/backups/kaiwu-....zip}. The database files
 * that were there are moved aside, never deleted.
 */
public final class RestoreCommand {

	/** The embedded database's connection settings, as in application.yml. */
	public static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

	private RestoreCommand() {
	}

	/**
	 * Runs the restore when the command line asks for it.
	 * @param args the program arguments.
	 * @return whether it was a restore command (then the program should end).
	 */
	public static boolean runIfAsked(String[] args) {
		if (args.length == 0 || !args[0].equals("restore")) {
			return false;
		}
		if (args.length < 2) {
			System.err.println("Usage: java -jar kaiwu-exec.jar restore <backup.zip> [data directory, default ./data]");
			System.exit(2);
		}
		Path backup = Path.of(args[1]);
		Path data = Path.of((args.length > 2) ? args[2] : "data");
		try {
			Path aside = restore(backup, data);
			System.out.println("Restored " + backup + " into " + data.resolve("kaiwu.mv.db")
					+ ((aside != null) ? "; the previous database files are in " + aside : ""));
		}
		catch (IOException | SQLException | IllegalStateException ex) {
			System.err.println("Restore failed: " + ex.getMessage());
			System.exit(1);
		}
		return true;
	}

	/**
	 * Restores a backup into {@code data/kaiwu}. Refuses while the database is open.
	 * @return where the previous database files were moved, or {@literal null} if there
	 * were none.
	 */
	public static Path restore(Path backup, Path data) throws IOException, SQLException {
		if (!Files.isRegularFile(backup)) {
			throw new IllegalStateException("No backup file at " + backup.toAbsolutePath());
		}
		Files.createDirectories(data);
		Path database = data.resolve("kaiwu.mv.db");
		Path aside = null;
		if (Files.exists(database)) {
			try (FileChannel channel = FileChannel.open(database, StandardOpenOption.WRITE);
					FileLock lock = channel.tryLock()) {
				if (lock == null) {
					throw new IllegalStateException("The database " + database + " is in use: stop Kaiwu first");
				}
			}
			catch (java.nio.channels.OverlappingFileLockException ex) {
				throw new IllegalStateException("The database " + database + " is in use: stop Kaiwu first");
			}
			aside = data.resolve(
					"before-restore-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
			Files.createDirectories(aside);
			try (var files = Files.list(data)) {
				for (Path file : files.filter((p) -> p.getFileName().toString().startsWith("kaiwu.")).toList()) {
					Files.move(file, aside.resolve(file.getFileName()));
				}
			}
		}
		String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("kaiwu") + H2_SETTINGS;
		String user = System.getenv().getOrDefault("KAIWU_DB_USER", "kaiwu");
		String password = System.getenv().getOrDefault("KAIWU_DB_PASSWORD", "");
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(
					"RUNSCRIPT FROM '" + backup.toAbsolutePath().toString().replace("'", "''") + "' COMPRESSION ZIP");
		}
		return aside;
	}

}
