package io.kaiwu.equipment.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.registry.ManagingEquipment;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A machine's documents: uploaded up to {@link #MAX_BYTES}, listed, downloaded and
 * deleted; uploads and deletions are audited ({@code equipment-document}, without the
 * content).
 */
@Service
public class EquipmentDocuments {

	/** The largest document accepted: 10 MiB. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final RowMapper<EquipmentDocument> DOCUMENT = (rs, n) -> new EquipmentDocument(
			rs.getObject("id", UUID.class), rs.getObject("equipment_id", UUID.class), rs.getString("file_name"),
			rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
			rs.getTimestamp("uploaded_at").toInstant());

	/** A document with its content, for download. */
	public record Download(EquipmentDocument document, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final ManagingEquipment equipment;

	private final ApplicationEventPublisher events;

	EquipmentDocuments(JdbcClient jdbc, ManagingEquipment equipment, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.equipment = equipment;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<EquipmentDocument> list(TenantId tenant, UUID equipmentId) {
		this.equipment.get(tenant, equipmentId);
		return this.jdbc
			.sql("""
					SELECT id, equipment_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
					FROM equipment_document WHERE tenant_id = ? AND equipment_id = ? ORDER BY uploaded_at DESC, file_name""")
			.params(tenant.value(), equipmentId)
			.query(DOCUMENT)
			.list();
	}

	@Transactional
	public EquipmentDocument upload(TenantId tenant, UUID equipmentId, @Nullable String fileName,
			@Nullable String contentType, byte[] content) {
		this.equipment.get(tenant, equipmentId);
		String name = (fileName != null) ? fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip() : "";
		if (name.isEmpty() || name.length() > 255) {
			throw new KaiwuProblem.InvalidInput("file", "problem.equipment.document.name");
		}
		if (content.length == 0) {
			throw new KaiwuProblem.InvalidInput("file", "problem.equipment.document.empty", name);
		}
		if (content.length > MAX_BYTES) {
			throw new KaiwuProblem.InvalidInput("file", "problem.equipment.document.too-large", name,
					MAX_BYTES / 1024 / 1024);
		}
		String type = (contentType != null && !contentType.isBlank() && contentType.length() <= 100) ? contentType
				: "application/octet-stream";
		EquipmentDocument document = new EquipmentDocument(UUID.randomUUID(), equipmentId, name, type, content.length,
				CurrentPrincipal.actorName(), Instant.now());
		this.jdbc
			.sql("""
					INSERT INTO equipment_document (id, tenant_id, equipment_id, file_name, content_type, size_bytes, content,
					    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(document.id(), tenant.value(), equipmentId, name, type, (long) content.length, content,
					document.uploadedBy(), Timestamp.from(document.uploadedAt()))
			.update();
		this.events
			.publishEvent(ChangeRecorded.created(tenant, "equipment-document", document.id(), audited(document)));
		return document;
	}

	@Transactional(readOnly = true)
	public Download download(TenantId tenant, UUID equipmentId, UUID documentId) {
		EquipmentDocument document = find(tenant, equipmentId, documentId);
		byte[] content = this.jdbc.sql("SELECT content FROM equipment_document WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), documentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
		return new Download(document, content);
	}

	@Transactional
	public void delete(TenantId tenant, UUID equipmentId, UUID documentId) {
		EquipmentDocument document = find(tenant, equipmentId, documentId);
		this.jdbc.sql("DELETE FROM equipment_document WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), documentId)
			.update();
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "equipment-document", documentId, audited(document)));
	}

	private EquipmentDocument find(TenantId tenant, UUID equipmentId, UUID documentId) {
		Optional<EquipmentDocument> document = this.jdbc.sql("""
				SELECT id, equipment_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				FROM equipment_document WHERE tenant_id = ? AND equipment_id = ? AND id = ?""")
			.params(tenant.value(), equipmentId, documentId)
			.query(DOCUMENT)
			.optional();
		return document.orElseThrow(() -> new KaiwuProblem.NotFound("equipment-document", documentId));
	}

	private static Map<String, Object> audited(EquipmentDocument d) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("equipmentId", d.equipmentId().toString());
		audit.put("fileName", d.fileName());
		audit.put("contentType", d.contentType());
		audit.put("sizeBytes", d.sizeBytes());
		return audit;
	}

}
