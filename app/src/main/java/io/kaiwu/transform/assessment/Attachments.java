package io.kaiwu.transform.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.scoring.MaturityModel;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supporting materials of a run: attached to a question or scenario of its model while
 * the run is open, up to {@link #MAX_BYTES} each, listed and downloaded; uploads are
 * audited ({@code assessment-attachment}, without the content).
 */
@Service
public class Attachments {

	/** The largest file accepted: 10 MiB. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final RowMapper<Attachment> ATTACHMENT = (rs, n) -> new Attachment(rs.getObject("id", UUID.class),
			rs.getObject("run_id", UUID.class), rs.getString("code"), rs.getString("file_name"),
			rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
			rs.getTimestamp("uploaded_at").toInstant());

	/** An attachment with its content, for download. */
	public record Download(Attachment attachment, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final AssessmentRuns runs;

	private final ApplicationEventPublisher events;

	Attachments(JdbcClient jdbc, AssessmentRuns runs, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.events = events;
	}

	public List<Attachment> list(TenantId tenant, UUID runId) {
		this.runs.get(tenant, runId);
		return this.jdbc.sql("""
				SELECT id, run_id, code, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				FROM assessment_attachment WHERE tenant_id = ? AND run_id = ? ORDER BY code, uploaded_at, id""")
			.params(tenant.value(), runId)
			.query(ATTACHMENT)
			.list();
	}

	@Transactional
	public Attachment upload(TenantId tenant, UUID runId, String code, @Nullable String fileName,
			@Nullable String contentType, byte[] content) {
		AssessmentRun run = this.runs.get(tenant, runId);
		if (run.status() != RunStatus.OPEN) {
			throw new KaiwuProblem.Conflict("assessment.run.submitted", runId);
		}
		MaturityModel model = this.runs.model(tenant, run);
		if (model.question(code).isEmpty() && model.item(code).isEmpty()) {
			throw new KaiwuProblem.InvalidInput("code", "assessment.problem.not-in-model", code);
		}
		String name = (fileName != null) ? fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip() : "";
		if (name.isEmpty() || name.length() > 255) {
			throw new KaiwuProblem.InvalidInput("file", "assessment.attachment.name");
		}
		if (content.length == 0) {
			throw new KaiwuProblem.InvalidInput("file", "assessment.attachment.empty", name);
		}
		if (content.length > MAX_BYTES) {
			throw new KaiwuProblem.InvalidInput("file", "assessment.attachment.too-large", name,
					MAX_BYTES / 1024 / 1024);
		}
		String type = (contentType != null && !contentType.isBlank() && contentType.length() <= 100) ? contentType
				: "application/octet-stream";
		Attachment attachment = new Attachment(UUID.randomUUID(), runId, code, name, type, content.length,
				CurrentPrincipal.actorName(), Instant.now());
		this.jdbc
			.sql("""
					INSERT INTO assessment_attachment (id, tenant_id, run_id, code, file_name, content_type, size_bytes, content,
					    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(attachment.id(), tenant.value(), runId, code, name, type, (long) content.length, content,
					attachment.uploadedBy(), Timestamp.from(attachment.uploadedAt()))
			.update();
		this.events.publishEvent(ChangeRecorded.created(tenant, "assessment-attachment", attachment.id(),
				Map.of("runId", runId.toString(), "code", code, "fileName", name, "sizeBytes", content.length)));
		return attachment;
	}

	public Download download(TenantId tenant, UUID runId, UUID attachmentId) {
		Attachment attachment = this.jdbc.sql("""
				SELECT id, run_id, code, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				FROM assessment_attachment WHERE tenant_id = ? AND run_id = ? AND id = ?""")
			.params(tenant.value(), runId, attachmentId)
			.query(ATTACHMENT)
			.optional()
			.orElseThrow(() -> new KaiwuProblem.NotFound("assessment-attachment", attachmentId));
		byte[] content = this.jdbc.sql("SELECT content FROM assessment_attachment WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), attachmentId)
			.query((rs, n) -> rs.getBytes(1))
			.single();
		return new Download(attachment, content);
	}

}
