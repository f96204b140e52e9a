package io.kaiwu.operations.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.kaiwu.shared.KaiwuProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Takes backups of the embedded H2 database while Kaiwu runs: {@code SCRIPT TO} writes a
 * consistent, zip-compressed SQL script of schema and data, which restores into an empty
 * database of this or a later H2 version. On PostgreSQL, use pg_dump instead.
 */
@Service
public class EmbeddedBackups {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedBackups.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
		.withZone(ZoneOffset.UTC);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final BackupSettings settings;

	EmbeddedBackups(DataSource dataSource, JdbcClient jdbc, BackupSettings settings) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** Writes a backup now and returns it. */
	public Backup take() {
		if (!embedded()) {
			throw new KaiwuProblem.Conflict("problem.backup.not-embedded");
		}
		try {
			Files.createDirectories(this.settings.directory());
			Instant now = Instant.now();
			Path file = this.settings.directory().resolve("kaiwu-" + STAMP.format(now) + ".zip").toAbsolutePath();
			this.jdbc.sql("SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP").query().rowSet();
			Backup backup = new Backup(file.getFileName().toString(), Files.size(file), now);
			log.info("Backup written to {} ({} bytes)", file, backup.sizeBytes());
			return backup;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a backup into " + this.settings.directory(), ex);
		}
	}

	/** The backups in the backup directory, newest first. */
	public List<Backup> list() {
		Path directory = this.settings.directory();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter((p) -> p.getFileName().toString().matches("kaiwu-.*\\.zip"))
				.map(EmbeddedBackups::describe)
				.sorted(Comparator.comparing(Backup::takenAt).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The absolute path of a listed backup, for tests and the restore command. */
	public Path pathOf(Backup backup) {
		return this.settings.directory().resolve(backup.file()).toAbsolutePath();
	}

	@Scheduled(cron = "${kaiwu.backup.cron:-}")
	void scheduled() {
		if (!embedded()) {
			return;
		}
		take();
		List<Backup> all = list();
		for (Backup old : all.subList(Math.min(all.size(), Math.max(1, this.settings.keep())), all.size())) {
			try {
				Files.deleteIfExists(pathOf(old));
			}
			catch (IOException ex) {
				log.warn("Could not delete old backup {}", old.file(), ex);
			}
		}
	}

	/** Whether Kaiwu runs on the embedded H2 database. */
	public boolean embedded() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database", ex);
		}
	}

	private static Backup describe(Path file) {
		try {
			return new Backup(file.getFileName().toString(), Files.size(file),
					Files.getLastModifiedTime(file).toInstant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
