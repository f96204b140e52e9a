package io.kaiwu.operations.backup;

import java.time.Instant;

/**
 * A backup file.
 *
 * @param file the file name inside the backup directory.
 * @param sizeBytes its size.
 * @param takenAt when it was written.
 */
public record Backup(String file, long sizeBytes, Instant takenAt) {
}
