package io.kaiwu.transform.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.scoring.Answer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment_run and assessment_answer tables; every query names the tenant. */
@Repository
class RunRecords {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RunRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(TenantId tenant, AssessmentRun run) {
		this.jdbc
			.sql("""
					INSERT INTO assessment_run (id, tenant_id, model_code, model_version, title, status, started_by, started_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run.id(), tenant.value(), run.modelCode(), run.modelVersion(), run.title(), run.status().name(),
					run.startedBy(), Timestamp.from(run.startedAt()))
			.update();
	}

	Optional<AssessmentRun> find(TenantId tenant, UUID id, boolean lock) {
		return this.jdbc
			.sql("SELECT * FROM assessment_run WHERE tenant_id = ? AND id = ?" + (lock ? " FOR UPDATE" : ""))
			.params(tenant.value(), id)
			.query((rs, row) -> run(rs))
			.optional();
	}

	List<AssessmentRun> list(TenantId tenant, @Nullable String modelCode) {
		String where = (modelCode != null) ? " AND model_code = ?" : "";
		return this.jdbc
			.sql("SELECT * FROM assessment_run WHERE tenant_id = ?" + where + " ORDER BY started_at DESC, id")
			.params((modelCode != null) ? List.of(tenant.value(), modelCode) : List.of(tenant.value()))
			.query((rs, row) -> run(rs))
			.list();
	}

	Optional<String> result(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT result FROM assessment_run WHERE tenant_id = ? AND id = ? AND result IS NOT NULL")
			.params(tenant.value(), id)
			.query(String.class)
			.optional();
	}

	void submit(TenantId tenant, UUID id, String by, Instant at, BigDecimal total, @Nullable String grade,
			String result) {
		this.jdbc
			.sql("""
					UPDATE assessment_run SET status = 'SUBMITTED', submitted_by = ?, submitted_at = ?, total = ?, grade = ?,
					result = ? WHERE tenant_id = ? AND id = ?""")
			.params(by, Timestamp.from(at), total, grade, result, tenant.value(), id)
			.update();
	}

	List<StoredAnswer> answers(TenantId tenant, UUID run) {
		return this.jdbc.sql("SELECT * FROM assessment_answer WHERE tenant_id = ? AND run_id = ? ORDER BY code")
			.params(tenant.value(), run)
			.query((rs, row) -> answer(rs))
			.list();
	}

	/** Stores an answer, replacing the earlier answer to the same code. */
	void saveAnswer(TenantId tenant, UUID run, StoredAnswer answer) {
		this.jdbc.sql("DELETE FROM assessment_answer WHERE tenant_id = ? AND run_id = ? AND code = ?")
			.params(tenant.value(), run, answer.code())
			.update();
		this.jdbc
			.sql("""
					INSERT INTO assessment_answer (run_id, tenant_id, code, answer, source, evidence, answered_by, answered_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(run, tenant.value(), answer.code(), this.json.writeValueAsString(answer.answer()),
					answer.source().name(),
					(answer.evidence() != null) ? this.json.writeValueAsString(answer.evidence()) : null,
					answer.answeredBy(), Timestamp.from(answer.answeredAt()))
			.update();
	}

	private StoredAnswer answer(ResultSet rs) throws SQLException {
		String evidence = rs.getString("evidence");
		return new StoredAnswer(rs.getString("code"), this.json.readValue(rs.getString("answer"), Answer.class),
				AnswerSource.valueOf(rs.getString("source")),
				(evidence != null) ? this.json.readValue(evidence, EvidenceFact.class) : null,
				rs.getString("answered_by"), rs.getTimestamp("answered_at").toInstant());
	}

	private static AssessmentRun run(ResultSet rs) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		return new AssessmentRun(rs.getObject("id", UUID.class), rs.getString("model_code"),
				rs.getString("model_version"), rs.getString("title"), RunStatus.valueOf(rs.getString("status")),
				rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(), rs.getString("submitted_by"),
				(submitted != null) ? submitted.toInstant() : null, rs.getBigDecimal("total"), rs.getString("grade"));
	}

}
