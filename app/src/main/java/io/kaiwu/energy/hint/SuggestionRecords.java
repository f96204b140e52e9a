package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_suggestion table. */
@Repository
class SuggestionRecords {

	private static final TypeReference<LinkedHashMap<String, @Nullable BigDecimal>> FIGURES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SuggestionRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Stores a finding: new ones open, known ones get the new figures and keep their
	 * state.
	 */
	void save(Finding f, Instant now) {
		int updated = this.jdbc.sql("""
				UPDATE energy_suggestion SET subject_code = ?, subject_name = ?, money_per_month = ?,
				    kwh_per_month = ?, tce_per_month = ?, figures = ?, evidence = ?, observed_from = ?,
				    observed_to = ?, computed_at = ?
				WHERE tenant_id = ? AND kind = ? AND subject_id = ?""")
			.params(f.subjectCode(), f.subjectName(), f.moneyPerMonth(), f.kWhPerMonth(), f.tcePerMonth(),
					this.json.writeValueAsString(f.figures()), this.json.writeValueAsString(f.evidence()),
					Timestamp.from(f.observedFrom()), Timestamp.from(f.observedTo()), Timestamp.from(now),
					f.tenant().value(), f.kind().name(), f.subjectId())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO energy_suggestion (id, tenant_id, kind, subject_id, subject_code, subject_name, state,
					    money_per_month, kwh_per_month, tce_per_month, figures, evidence, observed_from, observed_to,
					    computed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), f.tenant().value(), f.kind().name(), f.subjectId(), f.subjectCode(),
						f.subjectName(), SuggestionState.OPEN.name(), f.moneyPerMonth(), f.kWhPerMonth(),
						f.tcePerMonth(), this.json.writeValueAsString(f.figures()),
						this.json.writeValueAsString(f.evidence()), Timestamp.from(f.observedFrom()),
						Timestamp.from(f.observedTo()), Timestamp.from(now))
				.update();
		}
	}

	/**
	 * Drops the open suggestions the data no longer bears out; done and dismissed ones
	 * stay as a record.
	 * @param found the ids of the suggestions found this time, as "KIND/subject"
	 */
	void dropOpenNotIn(TenantId tenant, Set<String> found) {
		for (Suggestion s : list(tenant)) {
			if (s.state() == SuggestionState.OPEN && !found.contains(key(s.finding()))) {
				this.jdbc.sql("DELETE FROM energy_suggestion WHERE id = ?").param(s.id()).update();
			}
		}
	}

	static String key(Finding f) {
		return f.kind().name() + "/" + f.subjectId();
	}

	/** The tenant's suggestions, the most money a month first (unpriced last). */
	List<Suggestion> list(TenantId tenant) {
		return this.jdbc.sql("""
				SELECT * FROM energy_suggestion WHERE tenant_id = ?
				ORDER BY CASE WHEN money_per_month IS NULL THEN 1 ELSE 0 END, money_per_month DESC,
				    kwh_per_month DESC, subject_code""").param(tenant.value()).query(this::suggestion).list();
	}

	Optional<Suggestion> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM energy_suggestion WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(this::suggestion)
			.optional();
	}

	void setState(TenantId tenant, UUID id, SuggestionState state, Instant at) {
		this.jdbc.sql("UPDATE energy_suggestion SET state = ?, state_changed_at = ? WHERE tenant_id = ? AND id = ?")
			.params(state.name(), Timestamp.from(at), tenant.value(), id)
			.update();
	}

	private Suggestion suggestion(ResultSet rs, int row) throws SQLException {
		Map<String, @Nullable BigDecimal> figures = this.json.readValue(rs.getString("figures"), FIGURES);
		Evidence evidence = this.json.readValue(rs.getString("evidence"), Evidence.class);
		Finding finding = new Finding(new TenantId(rs.getObject("tenant_id", UUID.class)),
				SuggestionKind.valueOf(rs.getString("kind")), rs.getObject("subject_id", UUID.class),
				rs.getString("subject_code"), rs.getString("subject_name"), rs.getBigDecimal("money_per_month"),
				rs.getBigDecimal("kwh_per_month"), rs.getBigDecimal("tce_per_month"), figures, evidence,
				rs.getTimestamp("observed_from").toInstant(), rs.getTimestamp("observed_to").toInstant());
		Timestamp changed = rs.getTimestamp("state_changed_at");
		return new Suggestion(rs.getObject("id", UUID.class), SuggestionState.valueOf(rs.getString("state")), finding,
				rs.getTimestamp("computed_at").toInstant(), (changed != null) ? changed.toInstant() : null);
	}

}
