package io.kaiwu.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every change into the audit log inside the transaction that made it, so a change
 * and its audit entry are committed together or not at all; reads it back by tenant with
 * filters.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private static final RowMapper<AuditEntry> ENTRY = (rs, row) -> new AuditEntry(rs.getObject("id", UUID.class),
			rs.getObject("tenant_id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
			rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"), rs.getString("before_json"),
			rs.getString("after_json"));

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditSettings settings;

	AuditLog(JdbcClient jdbc, JsonMapper json, AuditSettings settings) {
		this.jdbc = jdbc;
		this.json = json;
		this.settings = settings;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(ChangeRecorded change) {
		this.jdbc
			.sql("""
					INSERT INTO audit_entry (id, tenant_id, at, actor, entity_type, entity_id, action, before_json, after_json)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), (change.tenant() != null) ? change.tenant().value() : null,
					Timestamp.from(change.at()), change.actor(), change.entityType(), change.entityId(),
					change.action().name(), toJson(change.before()), toJson(change.after()))
			.update();
	}

	/**
	 * Entries of one tenant, newest first; {@literal null} tenant reads platform entries.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(@Nullable TenantId tenant, AuditFilter filter, PageQuery page) {
		StringBuilder where = new StringBuilder((tenant == null) ? "tenant_id IS NULL" : "tenant_id = ?");
		List<Object> params = new ArrayList<>();
		if (tenant != null) {
			params.add(tenant.value());
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.append(" AND actor = ?");
			params.add(filter.actor().trim());
		}
		if (filter.entityType() != null && !filter.entityType().isBlank()) {
			where.append(" AND entity_type = ?");
			params.add(filter.entityType().trim());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.append(" AND action = ?");
			params.add(filter.action().trim());
		}
		if (filter.from() != null) {
			where.append(" AND at >= ?");
			params.add(Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" AND at < ?");
			params.add(Timestamp.from(filter.to()));
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<AuditEntry> items = this.jdbc
			.sql("SELECT * FROM audit_entry WHERE " + where + " ORDER BY at DESC, id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(ENTRY)
			.list();
		return Page.of(items, total, page);
	}

	/** Deletes entries older than the retention; runs nightly. */
	@Scheduled(cron = "${kaiwu.audit.purge-cron:0 30 2 * * *}")
	@Transactional
	public int purge() {
		Instant cutoff = Instant.now().minus(this.settings.retention());
		int deleted = this.jdbc.sql("DELETE FROM audit_entry WHERE at < ?").param(Timestamp.from(cutoff)).update();
		if (deleted > 0) {
			log.info("Deleted {} audit entries older than {}", deleted, cutoff);
		}
		return deleted;
	}

	private @Nullable String toJson(@Nullable Object value) {
		return (value == null) ? null : this.json.writeValueAsString(value);
	}

}
