package io.kaiwu.device.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The device table. Every query names the tenant first, except the lookups by device key,
 * which is unique on the whole platform and is all a connecting device presents.
 */
@Repository
class Devices {

	private static final RowMapper<Device> DEVICE = (rs, row) -> {
		Timestamp seen = rs.getTimestamp("last_seen_at");
		return new Device(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getString("device_key"), rs.getString("name"), rs.getString("description"),
				rs.getObject("type_id", UUID.class), rs.getObject("node_id", UUID.class), rs.getString("secret_hash"),
				rs.getTimestamp("secret_issued_at").toInstant(), rs.getBoolean("online"),
				(seen == null) ? null : seen.toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	};

	private final JdbcClient jdbc;

	Devices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The filters of a device list.
	 *
	 * @param q part of the key or name, case-insensitive; {@literal null} for any.
	 * @param typeId only devices of this type; {@literal null} for any.
	 * @param nodes only devices on these nodes; {@literal null} for any node.
	 * @param online only online (true) or offline (false) devices; {@literal null} for
	 * both.
	 */
	record Filter(@Nullable String q, @Nullable UUID typeId, @Nullable Set<UUID> nodes, @Nullable Boolean online) {
	}

	Optional<Device> find(UUID tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM device WHERE tenant_id = ? AND id = ?")
			.params(tenant, id)
			.query(DEVICE)
			.optional();
	}

	/** Every device of a tenant, by key. */
	List<Device> all(UUID tenant) {
		return this.jdbc.sql("SELECT * FROM device WHERE tenant_id = ? ORDER BY device_key")
			.param(tenant)
			.query(DEVICE)
			.list();
	}

	/** A device by its key, in whichever tenant it is. */
	Optional<Device> findByKey(String key) {
		return this.jdbc.sql("SELECT * FROM device WHERE device_key = ?").param(key).query(DEVICE).optional();
	}

	/** The devices with these keys, in whichever tenant; at most 500 keys at a time. */
	List<Device> findByKeys(Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
		return this.jdbc.sql("SELECT * FROM device WHERE device_key IN (" + marks + ")")
			.params(new ArrayList<>(keys))
			.query(DEVICE)
			.list();
	}

	/**
	 * Moves the last-seen time of these devices forward (never back); at most 500 keys at
	 * a time.
	 */
	void seen(Collection<String> keys, Instant at) {
		if (keys.isEmpty()) {
			return;
		}
		String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
		List<Object> params = new ArrayList<>();
		params.add(Timestamp.from(at));
		params.addAll(keys);
		params.add(Timestamp.from(at));
		this.jdbc
			.sql("UPDATE device SET last_seen_at = ? WHERE device_key IN (" + marks
					+ ") AND (last_seen_at IS NULL OR last_seen_at < ?)")
			.params(params)
			.update();
	}

	/** Whether a key is in use anywhere on the platform. */
	boolean keyTaken(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM device WHERE device_key = ?")
			.param(key)
			.query(Long.class)
			.single() > 0;
	}

	List<Device> page(UUID tenant, Filter filter, PageQuery page) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		params.add(page.size());
		params.add(page.offset());
		return this.jdbc.sql("SELECT * FROM device" + where + " ORDER BY device_key LIMIT ? OFFSET ?")
			.params(params)
			.query(DEVICE)
			.list();
	}

	long count(UUID tenant, Filter filter) {
		List<Object> params = new ArrayList<>();
		String where = where(tenant, filter, params);
		return this.jdbc.sql("SELECT COUNT(*) FROM device" + where).params(params).query(Long.class).single();
	}

	long onNode(UUID tenant, UUID node) {
		return this.jdbc.sql("SELECT COUNT(*) FROM device WHERE tenant_id = ? AND node_id = ?")
			.params(tenant, node)
			.query(Long.class)
			.single();
	}

	void insert(Device d) {
		this.jdbc.sql("""
				INSERT INTO device (id, tenant_id, device_key, name, description, type_id, node_id, secret_hash,
				    secret_issued_at, online, last_seen_at, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(d.id(), d.tenant(), d.key(), d.name(), d.description(), d.typeId(), d.nodeId(), d.secretHash(),
					Timestamp.from(d.secretIssuedAt()), d.online(),
					(d.lastSeenAt() == null) ? null : Timestamp.from(d.lastSeenAt()), Timestamp.from(d.createdAt()),
					Timestamp.from(d.updatedAt()))
			.update();
	}

	void update(Device d) {
		this.jdbc.sql("""
				UPDATE device SET name = ?, description = ?, type_id = ?, node_id = ?, secret_hash = ?,
				    secret_issued_at = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(d.name(), d.description(), d.typeId(), d.nodeId(), d.secretHash(),
					Timestamp.from(d.secretIssuedAt()), Timestamp.from(d.updatedAt()), d.tenant(), d.id())
			.update();
	}

	void delete(Device d) {
		this.jdbc.sql("DELETE FROM device WHERE tenant_id = ? AND id = ?").params(d.tenant(), d.id()).update();
	}

	/** Moves the last-seen time forward (never back). */
	void seen(UUID tenant, UUID id, Instant at) {
		this.jdbc.sql("""
				UPDATE device SET last_seen_at = ?
				WHERE tenant_id = ? AND id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)""")
			.params(Timestamp.from(at), tenant, id, Timestamp.from(at))
			.update();
	}

	/** Online devices of every tenant whose last-seen time is before the cutoff. */
	List<Device> silentOnline(Instant cutoff) {
		return this.jdbc
			.sql("SELECT * FROM device WHERE online = ? AND (last_seen_at IS NULL OR last_seen_at < ?)"
					+ " ORDER BY tenant_id, device_key")
			.params(true, Timestamp.from(cutoff))
			.query(DEVICE)
			.list();
	}

	/**
	 * Marks a device offline if it is still online and silent since before the cutoff;
	 * true when it changed.
	 */
	boolean offlineIfSilent(UUID tenant, UUID id, Instant cutoff) {
		return this.jdbc
			.sql("UPDATE device SET online = ? WHERE tenant_id = ? AND id = ? AND online = ?"
					+ " AND (last_seen_at IS NULL OR last_seen_at < ?)")
			.params(false, tenant, id, true, Timestamp.from(cutoff))
			.update() == 1;
	}

	/**
	 * Sets the online state; true when it changed (so exactly one caller publishes the
	 * change).
	 */
	boolean online(UUID tenant, UUID id, boolean online) {
		return this.jdbc.sql("UPDATE device SET online = ? WHERE tenant_id = ? AND id = ? AND online = ?")
			.params(online, tenant, id, !online)
			.update() == 1;
	}

	private static String where(UUID tenant, Filter filter, List<Object> params) {
		StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
		params.add(tenant);
		if (filter.q() != null && !filter.q().isBlank()) {
			String like = "%" + filter.q()
				.trim()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			where.append(" AND (LOWER(device_key) LIKE ? ESCAPE '\\' OR LOWER(name) LIKE ? ESCAPE '\\')");
			params.add(like);
			params.add(like);
		}
		if (filter.typeId() != null) {
			where.append(" AND type_id = ?");
			params.add(filter.typeId());
		}
		if (filter.online() != null) {
			where.append(" AND online = ?");
			params.add(filter.online());
		}
		if (filter.nodes() != null) {
			if (filter.nodes().isEmpty()) {
				where.append(" AND 1 = 0");
			}
			else {
				where.append(" AND node_id IN (")
					.append(String.join(", ", filter.nodes().stream().map((n) -> "?").toList()))
					.append(")");
				params.addAll(filter.nodes());
			}
		}
		return where.toString();
	}

}
