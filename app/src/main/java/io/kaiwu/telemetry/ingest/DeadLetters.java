package io.kaiwu.telemetry.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dead-letter list in the relational database (table {@code telemetry_dead_letter}):
 * per tenant only the newest {@code kaiwu.telemetry.dead-letter-limit} entries are kept,
 * older ones are deleted on insert.
 */
@Repository
public class DeadLetters {

	/**
	 * One dead letter.
	 *
	 * @param id increasing with arrival.
	 * @param deviceKey the key the message was sent for.
	 * @param connector the adapter it came through.
	 * @param what the property, {@code ts} or {@code payload}.
	 * @param reasonKind the kind of reason, for example {@code out-of-range}.
	 * @param reason why it was not stored.
	 * @param receivedAt when it arrived.
	 * @param excerpt what was sent, at most 500 characters.
	 */
	public record DeadLetter(long id, String deviceKey, String connector, String what, String reasonKind, String reason,
			OffsetDateTime receivedAt, String excerpt) {
	}

	private static final RowMapper<DeadLetter> ROW = (rs, i) -> new DeadLetter(rs.getLong("id"),
			rs.getString("device_key"), rs.getString("connector"), rs.getString("what"), rs.getString("reason_kind"),
			rs.getString("reason"), rs.getTimestamp("received_at").toInstant().atOffset(ZoneOffset.UTC),
			rs.getString("excerpt"));

	private final JdbcClient jdbc;

	private final int limit;

	DeadLetters(JdbcClient jdbc, IngestSettings settings) {
		this.jdbc = jdbc;
		this.limit = Math.max(1, settings.deadLetterLimit());
	}

	/** Records the refusals of one message and trims the tenant's list to the bound. */
	@Transactional
	public void record(@Nullable TenantId tenant, String deviceKey, String connector, Instant receivedAt,
			List<Refusal> refusals) {
		if (refusals.isEmpty()) {
			return;
		}
		UUID tenantId = (tenant != null) ? tenant.value() : null;
		for (Refusal refusal : refusals) {
			this.jdbc
				.sql("INSERT INTO telemetry_dead_letter (tenant_id, device_key, connector, what, reason_kind, reason,"
						+ " received_at, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(tenantId, ValueChecks.shorten(deviceKey, 200), ValueChecks.shorten(connector, 40),
						ValueChecks.shorten(refusal.what(), 200), refusal.kind().tag(),
						ValueChecks.shorten(refusal.reason(), 1000), Timestamp.from(receivedAt),
						ValueChecks.shorten(refusal.excerpt(), 500))
				.update();
		}
		String sameTenant = (tenantId != null) ? "tenant_id = ?" : "tenant_id IS NULL";
		List<Object> params = (tenantId != null) ? List.of(tenantId, tenantId, this.limit) : List.of(this.limit);
		this.jdbc
			.sql("DELETE FROM telemetry_dead_letter WHERE " + sameTenant + " AND id <= (SELECT id FROM "
					+ "telemetry_dead_letter WHERE " + sameTenant + " ORDER BY id DESC LIMIT 1 OFFSET ?)")
			.params(params)
			.update();
	}

	/**
	 * How many of a tenant's kept dead letters arrived since a time with one of these
	 * kinds. The list keeps only the newest entries, so this is a lower bound once the
	 * list is full ({@link #limit()}).
	 */
	@Transactional(readOnly = true)
	public long countSince(TenantId tenant, Instant since, java.util.Set<Refusal.Kind> kinds) {
		if (kinds.isEmpty()) {
			return 0;
		}
		List<Object> params = new java.util.ArrayList<>();
		params.add(tenant.value());
		params.add(Timestamp.from(since));
		kinds.forEach((k) -> params.add(k.tag()));
		String marks = String.join(", ", java.util.Collections.nCopies(kinds.size(), "?"));
		return this.jdbc
			.sql("SELECT COUNT(*) FROM telemetry_dead_letter WHERE tenant_id = ? AND received_at >= ?"
					+ " AND reason_kind IN (" + marks + ")")
			.params(params)
			.query(Long.class)
			.single();
	}

	/** How many dead letters are kept per tenant. */
	public int limit() {
		return this.limit;
	}

	/** A tenant's dead letters, newest first. */
	@Transactional(readOnly = true)
	public Page<DeadLetter> list(TenantId tenant, PageQuery page) {
		long total = this.jdbc.sql("SELECT COUNT(*) FROM telemetry_dead_letter WHERE tenant_id = ?")
			.param(tenant.value())
			.query(Long.class)
			.single();
		List<DeadLetter> items = this.jdbc
			.sql("SELECT * FROM telemetry_dead_letter WHERE tenant_id = ? ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(tenant.value(), page.size(), page.offset())
			.query(ROW)
			.list();
		return Page.of(items, total, page);
	}

}
