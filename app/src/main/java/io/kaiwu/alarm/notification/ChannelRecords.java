package io.kaiwu.alarm.notification;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alarm_channel table; recipients and events are comma-separated lists. */
@Repository
class ChannelRecords {

	private static final RowMapper<Channel> CHANNEL = (rs, row) -> new Channel(rs.getObject("id", UUID.class),
			TenantId.of(rs.getObject("tenant_id", UUID.class)), rs.getString("name"),
			ChannelKind.valueOf(rs.getString("kind")), rs.getString("url"), rs.getString("secret"),
			list(rs.getString("recipients")), NoticeLanguage.valueOf(rs.getString("language")),
			Severity.valueOf(rs.getString("min_severity")), events(rs.getString("events")), rs.getBoolean("enabled"),
			rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;

	ChannelRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static List<String> list(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(","));
	}

	private static Set<NotifiedEvent> events(String joined) {
		Set<NotifiedEvent> events = EnumSet.noneOf(NotifiedEvent.class);
		list(joined).forEach((e) -> events.add(NotifiedEvent.valueOf(e)));
		return events;
	}

	private static String joined(Set<NotifiedEvent> events) {
		return Arrays.stream(NotifiedEvent.values())
			.filter(events::contains)
			.map(Enum::name)
			.collect(Collectors.joining(","));
	}

	Optional<Channel> find(TenantId tenant, UUID id) {
		return this.jdbc.sql("SELECT * FROM alarm_channel WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.query(CHANNEL)
			.optional();
	}

	List<Channel> page(TenantId tenant, PageQuery page) {
		return this.jdbc.sql("SELECT * FROM alarm_channel WHERE tenant_id = ? ORDER BY name, id LIMIT ? OFFSET ?")
			.params(tenant.value(), page.size(), page.offset())
			.query(CHANNEL)
			.list();
	}

	long count(TenantId tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM alarm_channel WHERE tenant_id = ?")
			.param(tenant.value())
			.query(Long.class)
			.single();
	}

	/** The tenant's enabled channels, for the outbox. */
	List<Channel> enabled(TenantId tenant) {
		return this.jdbc.sql("SELECT * FROM alarm_channel WHERE tenant_id = ? AND enabled = TRUE")
			.param(tenant.value())
			.query(CHANNEL)
			.list();
	}

	void insert(Channel c) {
		this.jdbc
			.sql("INSERT INTO alarm_channel (id, tenant_id, name, kind, url, secret, recipients, language,"
					+ " min_severity, events, enabled, created_at, updated_at)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.tenant().value(), c.name(), c.kind().name(), c.url(), c.secret(),
					String.join(",", c.recipients()), c.language().name(), c.minSeverity().name(), joined(c.events()),
					c.enabled(), Timestamp.from(c.createdAt()), Timestamp.from(c.updatedAt()))
			.update();
	}

	void update(Channel c) {
		this.jdbc
			.sql("UPDATE alarm_channel SET name = ?, kind = ?, url = ?, secret = ?, recipients = ?, language = ?,"
					+ " min_severity = ?, events = ?, enabled = ?, updated_at = ? WHERE tenant_id = ? AND id = ?")
			.params(c.name(), c.kind().name(), c.url(), c.secret(), String.join(",", c.recipients()),
					c.language().name(), c.minSeverity().name(), joined(c.events()), c.enabled(),
					Timestamp.from(c.updatedAt()), c.tenant().value(), c.id())
			.update();
	}

	void delete(TenantId tenant, UUID id) {
		this.jdbc.sql("DELETE FROM alarm_channel WHERE tenant_id = ? AND id = ?").params(tenant.value(), id).update();
	}

}
