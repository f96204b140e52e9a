package io.kaiwu.operations.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.kaiwu.operations.backup.Backup;
import io.kaiwu.operations.backup.EmbeddedBackups;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backups of the embedded database, for platform admins. */
@RestController
@RequestMapping("/api/v1/admin/backups")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class BackupApiController {

	private final EmbeddedBackups backups;

	BackupApiController(EmbeddedBackups backups) {
		this.backups = backups;
	}

	record BackupView(String file, long sizeBytes, OffsetDateTime takenAt) {

		static BackupView of(Backup b) {
			return new BackupView(b.file(), b.sizeBytes(), b.takenAt().atOffset(ZoneOffset.UTC));
		}

	}

	@GetMapping
	List<BackupView> list() {
		return this.backups.list().stream().map(BackupView::of).toList();
	}

	/** Takes a backup now; on PostgreSQL answers 409 and points to pg_dump. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	BackupView take() {
		return BackupView.of(this.backups.take());
	}

}
