package io.kaiwu.quality.defect;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photo of a defect: one JPEG, PNG or WebP image of up to {@link #MAX_BYTES}, kept in
 * the database like a machine's documents. The type is read from the image's first bytes,
 * not from what the browser claims, so a renamed file is refused. A new photo replaces
 * the old one; both are audited ({@code quality-defect-photo}, without the bytes).
 */
@Service
public class DefectPhotos {

	/** The largest photo accepted: 5 MiB, enough for a phone photo at full size. */
	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** A photo with its bytes, for download. */
	public record Download(DefectRecord.Photo photo, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final DefectRecords records;

	private final ApplicationEventPublisher events;

	DefectPhotos(JdbcClient jdbc, DefectRecords records, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.records = records;
		this.events = events;
	}

	@Transactional
	public DefectRecord.Photo upload(TenantId tenant, UUID defectId, @Nullable String fileName, byte[] content) {
		DefectRecord defect = this.records.get(tenant, defectId);
		String name = (fileName != null) ? fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip() : "";
		if (name.isEmpty() || name.length() > 255) {
			throw new KaiwuProblem.InvalidInput("file", "quality.defect.problem.photo-name");
		}
		if (content.length == 0) {
			throw new KaiwuProblem.InvalidInput("file", "quality.defect.problem.photo-empty", name);
		}
		if (content.length > MAX_BYTES) {
			throw new KaiwuProblem.InvalidInput("file", "quality.defect.problem.photo-too-large", name,
					MAX_BYTES / 1024 / 1024);
		}
		String type = imageType(content);
		if (type == null) {
			throw new KaiwuProblem.InvalidInput("file", "quality.defect.problem.photo-type", name);
		}
		DefectRecord.Photo photo = new DefectRecord.Photo(name, type, content.length);
		this.jdbc.sql("DELETE FROM quality_defect_photo WHERE tenant_id = ? AND defect_id = ?")
			.params(tenant.value(), defectId)
			.update();
		this.jdbc.sql("""
				INSERT INTO quality_defect_photo (defect_id, tenant_id, file_name, content_type, size_bytes, content,
				    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(defectId, tenant.value(), name, type, (long) content.length, content, CurrentPrincipal.actorName(),
					Timestamp.from(Instant.now()))
			.update();
		Map<String, Object> after = audited(photo);
		if (defect.photo() != null) {
			this.events.publishEvent(
					ChangeRecorded.updated(tenant, "quality-defect-photo", defectId, audited(defect.photo()), after));
		}
		else {
			this.events.publishEvent(ChangeRecorded.created(tenant, "quality-defect-photo", defectId, after));
		}
		return photo;
	}

	@Transactional(readOnly = true)
	public Download download(TenantId tenant, UUID defectId) {
		DefectRecord defect = this.records.get(tenant, defectId);
		if (defect.photo() == null) {
			throw new KaiwuProblem.NotFound("defect-photo", defectId);
		}
		byte[] content = this.jdbc.sql("SELECT content FROM quality_defect_photo WHERE tenant_id = ? AND defect_id = ?")
			.params(tenant.value(), defectId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
		return new Download(defect.photo(), content);
	}

	/** The image type the bytes start with, or {@literal null} for anything else. */
	static @Nullable String imageType(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return "image/jpeg";
		}
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return "image/png";
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	private static Map<String, Object> audited(DefectRecord.Photo p) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("fileName", p.fileName());
		audit.put("contentType", p.contentType());
		audit.put("sizeBytes", p.sizeBytes());
		return audit;
	}

}
