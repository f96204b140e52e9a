package io.kaiwu.operations.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the embedded database.
 *
 * @param directory where backup files go ({@code KAIWU_BACKUP_DIRECTORY}).
 * @param cron when to take a backup automatically ({@code KAIWU_BACKUP_CRON}, a Spring
 * cron expression); {@code -} means never.
 * @param keep how many automatic backups to keep; older ones are deleted.
 */
@ConfigurationProperties("kaiwu.backup")
record BackupSettings(@DefaultValue("./data/backups") Path directory, @DefaultValue("-") String cron,
		@DefaultValue("14") int keep) {
}
