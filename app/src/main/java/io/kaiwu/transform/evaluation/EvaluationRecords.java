package io.kaiwu.transform.evaluation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.EvidenceFact;
import io.kaiwu.shared.TenantId;
import io.kaiwu.transform.evaluation.kernel.Kpi;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables transform_evaluation, transform_kpi_value and transform_sus_response. */
@Repository
class EvaluationRecords {

	private static final TypeReference<Map<String, Double>> INPUTS = new TypeReference<>() {
	};

	private static final TypeReference<List<EvidenceFact>> EVIDENCE = new TypeReference<>() {
	};

	private static final RowMapper<Evaluation> EVALUATION = (rs, row) -> new Evaluation(rs.getObject("id", UUID.class),
			new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getString("name"),
			rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(),
			rs.getObject("baseline_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
			rs.getString("created_by"));

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EvaluationRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Evaluation e) {
		this.jdbc.sql("""
				INSERT INTO transform_evaluation (id, tenant_id, name, period_from, period_to, baseline_id,
				    created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.tenant().value(), e.name(), Date.valueOf(e.periodFrom()), Date.valueOf(e.periodTo()),
					e.baselineId(), Timestamp.from(e.createdAt()), e.createdBy())
			.update();
	}

	Optional<Evaluation> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM transform_evaluation WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(EVALUATION)
			.optional();
	}

	/** The tenant's evaluations, the latest period first. */
	List<Evaluation> all(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM transform_evaluation WHERE tenant_id = ? ORDER BY period_to DESC, name")
			.param(tenant.value())
			.query(EVALUATION)
			.list();
	}

	/** Stores a KPI's value, replacing the one it had. */
	void put(UUID evaluation, KpiValue v) {
		this.jdbc.sql("DELETE FROM transform_kpi_value WHERE evaluation_id = ? AND kpi = ?")
			.params(evaluation, v.kpi().code())
			.update();
		this.jdbc.sql("""
				INSERT INTO transform_kpi_value (evaluation_id, kpi, kpi_value, source, inputs, evidence,
				    recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(evaluation, v.kpi().code(), v.value(), v.source().name(), this.json.writeValueAsString(v.inputs()),
					this.json.writeValueAsString(v.evidence()), Timestamp.from(v.recordedAt()), v.recordedBy())
			.update();
	}

	List<KpiValue> values(UUID evaluation) {
		List<KpiValue> values = new ArrayList<>();
		this.jdbc.sql("SELECT * FROM transform_kpi_value WHERE evaluation_id = ?")
			.param(evaluation)
			.query((ResultSet rs) -> {
				Optional<Kpi> kpi = Kpi.ofCode(rs.getString("kpi"));
				// a KPI dropped from the catalogue stays in the table but is not shown
				kpi.ifPresent((k) -> values.add(value(k, rs)));
			});
		return values;
	}

	private KpiValue value(Kpi kpi, ResultSet rs) {
		try {
			return new KpiValue(kpi, rs.getDouble("kpi_value"), ValueSource.valueOf(rs.getString("source")),
					this.json.readValue(rs.getString("inputs"), INPUTS),
					this.json.readValue(rs.getString("evidence"), EVIDENCE), rs.getTimestamp("recorded_at").toInstant(),
					rs.getString("recorded_by"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Unreadable KPI value " + kpi, ex);
		}
	}

	/** Stores one respondent's answers, replacing their earlier ones. */
	void answer(UUID evaluation, String respondent, List<Integer> answers, double score, java.time.Instant at) {
		this.jdbc.sql("DELETE FROM transform_sus_response WHERE evaluation_id = ? AND respondent = ?")
			.params(evaluation, respondent)
			.update();
		this.jdbc.sql("""
				INSERT INTO transform_sus_response (evaluation_id, respondent, answers, score, answered_at)
				VALUES (?, ?, ?, ?, ?)""")
			.params(evaluation, respondent,
					answers.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""), score,
					Timestamp.from(at))
			.update();
	}

	/** The scores of every respondent. */
	List<Double> susScores(UUID evaluation) {
		return this.jdbc.sql("SELECT score FROM transform_sus_response WHERE evaluation_id = ? ORDER BY respondent")
			.param(evaluation)
			.query(Double.class)
			.list();
	}

}
