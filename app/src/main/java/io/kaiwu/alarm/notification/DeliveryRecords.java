package io.kaiwu.alarm.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The outbox (alarm_delivery) and its attempt log (alarm_delivery_attempt). */
@Repository
class DeliveryRecords {

	/** A delivery a sender has taken: what to send, where, and how often it was tried. */
	record Taken(UUID id, TenantId tenant, UUID channelId, String notice, int attempts) {
	}

	private static final RowMapper<Delivery.Attempt> ATTEMPT = (rs, row) -> new Delivery.Attempt(rs.getInt("attempt"),
			rs.getTimestamp("attempted_at").toInstant(), rs.getLong("duration_ms"), rs.getBoolean("succeeded"),
			(Integer) rs.getObject("http_status", Integer.class), rs.getString("error"),
			instant(rs.getTimestamp("retry_at")));

	private final JdbcClient jdbc;

	DeliveryRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	/** Writes a pending delivery unless this event already has one for this channel. */
	boolean enqueue(Channel channel, Notice notice, String noticeJson, Instant now) {
		boolean known = this.jdbc.sql("SELECT COUNT(*) FROM alarm_delivery WHERE channel_id = ? AND event_key = ?")
			.params(channel.id(), notice.key())
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		insert(UUID.randomUUID(), channel, notice, noticeJson, Delivery.Status.PENDING, now, now);
		return true;
	}

	void insert(UUID id, Channel channel, Notice notice, String noticeJson, Delivery.Status status,
			@Nullable Instant nextAttemptAt, Instant now) {
		this.jdbc
			.sql("INSERT INTO alarm_delivery (id, tenant_id, channel_id, event, event_key, alarm_id, notice, status,"
					+ " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
			.params(id, channel.tenant().value(), channel.id(), notice.event().name(), notice.key(),
					(notice.event() == NotifiedEvent.TEST) ? null : notice.alarmId(), noticeJson, status.name(),
					(nextAttemptAt == null) ? null : Timestamp.from(nextAttemptAt), Timestamp.from(now))
			.update();
	}

	/** The ids of deliveries due at {@code now} that no sender holds, oldest first. */
	List<UUID> due(Instant now, int limit) {
		return this.jdbc
			.sql("SELECT id FROM alarm_delivery WHERE status = 'PENDING' AND next_attempt_at <= ?"
					+ " AND (lease_until IS NULL OR lease_until < ?) ORDER BY next_attempt_at LIMIT ?")
			.params(Timestamp.from(now), Timestamp.from(Instant.now()), limit)
			.query(UUID.class)
			.list();
	}

	/**
	 * Takes a due delivery until {@code leaseUntil}; empty when another sender was
	 * quicker.
	 */
	Optional<Taken> take(UUID id, Instant leaseUntil) {
		int taken = this.jdbc
			.sql("UPDATE alarm_delivery SET lease_until = ? WHERE id = ? AND status = 'PENDING'"
					+ " AND (lease_until IS NULL OR lease_until < ?)")
			.params(Timestamp.from(leaseUntil), id, Timestamp.from(Instant.now()))
			.update();
		if (taken != 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT id, tenant_id, channel_id, notice, attempts FROM alarm_delivery WHERE id = ?")
			.param(id)
			.query((rs, row) -> new Taken(rs.getObject("id", UUID.class),
					TenantId.of(rs.getObject("tenant_id", UUID.class)), rs.getObject("channel_id", UUID.class),
					rs.getString("notice"), rs.getInt("attempts")))
			.optional();
	}

	/**
	 * Logs an attempt and moves the delivery on: sent, retried at {@code retryAt}, or
	 * given up.
	 */
	public void attempted(UUID id, int attempt, Instant at, Outcome outcome, @Nullable Instant retryAt) {
		this.jdbc
			.sql("INSERT INTO alarm_delivery_attempt (id, delivery_id, attempt, attempted_at, duration_ms, succeeded,"
					+ " http_status, error, retry_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), id, attempt, Timestamp.from(at), outcome.duration().toMillis(),
					outcome.succeeded(), outcome.httpStatus(), outcome.error(),
					(retryAt == null) ? null : Timestamp.from(retryAt))
			.update();
		Delivery.Status status = outcome.succeeded() ? Delivery.Status.SENT
				: (retryAt != null) ? Delivery.Status.PENDING : Delivery.Status.GAVE_UP;
		Instant finished = (status == Delivery.Status.PENDING) ? null : Instant.now();
		this.jdbc
			.sql("UPDATE alarm_delivery SET status = ?, attempts = ?, next_attempt_at = ?, lease_until = NULL,"
					+ " finished_at = ? WHERE id = ?")
			.params(status.name(), attempt, (retryAt == null) ? null : Timestamp.from(retryAt),
					(finished == null) ? null : Timestamp.from(finished), id)
			.update();
	}

	/** A channel's deliveries, newest first, each with its attempts. */
	List<Delivery> page(TenantId tenant, UUID channelId, PageQuery page) {
		List<Delivery> deliveries = this.jdbc
			.sql("SELECT * FROM alarm_delivery WHERE tenant_id = ? AND channel_id = ?"
					+ " ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
			.params(tenant.value(), channelId, page.size(), page.offset())
			.query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("channel_id", UUID.class),
					NotifiedEvent.valueOf(rs.getString("event")), rs.getObject("alarm_id", UUID.class),
					Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("next_attempt_at")),
					instant(rs.getTimestamp("finished_at")), List.of()))
			.list();
		if (deliveries.isEmpty()) {
			return deliveries;
		}
		Map<UUID, List<Delivery.Attempt>> attempts = this.jdbc
			.sql("SELECT * FROM alarm_delivery_attempt WHERE delivery_id IN (:ids) ORDER BY attempt")
			.param("ids", deliveries.stream().map(Delivery::id).toList())
			.query((rs, row) -> Map.entry(rs.getObject("delivery_id", UUID.class), ATTEMPT.mapRow(rs, row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return deliveries.stream()
			.map((d) -> new Delivery(d.id(), d.channelId(), d.event(), d.alarmId(), d.status(), d.attempts(),
					d.createdAt(), d.nextAttemptAt(), d.finishedAt(), attempts.getOrDefault(d.id(), List.of())))
			.toList();
	}

	/**
	 * Deletes sent and given-up deliveries (with their attempts) finished before a time.
	 */
	int purgeFinishedBefore(Instant before) {
		return this.jdbc.sql("DELETE FROM alarm_delivery WHERE status <> 'PENDING' AND finished_at < ?")
			.param(Timestamp.from(before))
			.update();
	}

	long count(TenantId tenant, UUID channelId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alarm_delivery WHERE tenant_id = ? AND channel_id = ?")
			.params(tenant.value(), channelId)
			.query(Long.class)
			.single();
	}

}
