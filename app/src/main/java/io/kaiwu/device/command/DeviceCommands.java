package io.kaiwu.device.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The device_command table; every query names the tenant first. */
@Repository
class DeviceCommands {

	private static final RowMapper<DeviceCommand> COMMAND = (rs, row) -> {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new DeviceCommand(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
				rs.getObject("device_id", UUID.class), rs.getString("device_key"), rs.getString("service"),
				rs.getString("params"), DeviceCommand.State.valueOf(rs.getString("state")), rs.getString("reply"),
				rs.getString("error"), rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
				(finished == null) ? null : finished.toInstant());
	};

	private final JdbcClient jdbc;

	DeviceCommands(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DeviceCommand c) {
		this.jdbc.sql("""
				INSERT INTO device_command (id, tenant_id, device_id, device_key, service, params, state, reply, error,
				    issued_by, issued_at, finished_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.tenant(), c.deviceId(), c.deviceKey(), c.service(), c.params(), c.state().name(),
					c.reply(), c.error(), c.issuedBy(), Timestamp.from(c.issuedAt()),
					(c.finishedAt() == null) ? null : Timestamp.from(c.finishedAt()))
			.update();
	}

	void finish(DeviceCommand c) {
		this.jdbc.sql("""
				UPDATE device_command SET state = ?, reply = ?, error = ?, finished_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(c.state().name(), c.reply(), c.error(),
					(c.finishedAt() == null) ? null : Timestamp.from(c.finishedAt()), c.tenant(), c.id())
			.update();
	}

	/**
	 * Commands of every tenant still {@code SENT} that were issued before this instant.
	 */
	List<DeviceCommand> sentBefore(Instant issuedBefore) {
		return this.jdbc.sql("SELECT * FROM device_command WHERE state = 'SENT' AND issued_at < ?")
			.params(Timestamp.from(issuedBefore))
			.query(COMMAND)
			.list();
	}

	/**
	 * Finishes a command as timed out unless it got another outcome meanwhile.
	 * @return whether it was still {@code SENT}.
	 */
	boolean timeOut(DeviceCommand c) {
		return this.jdbc.sql("""
				UPDATE device_command SET state = 'TIMED_OUT', finished_at = ?
				WHERE tenant_id = ? AND id = ? AND state = 'SENT'""")
			.params(Timestamp.from(c.finishedAt()), c.tenant(), c.id())
			.update() == 1;
	}

	List<DeviceCommand> page(UUID tenant, UUID device, long offset, int size) {
		return this.jdbc
			.sql("SELECT * FROM device_command WHERE tenant_id = ? AND device_id = ?"
					+ " ORDER BY issued_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(tenant, device, size, offset)
			.query(COMMAND)
			.list();
	}

	long count(UUID tenant, UUID device) {
		return this.jdbc.sql("SELECT COUNT(*) FROM device_command WHERE tenant_id = ? AND device_id = ?")
			.params(tenant, device)
			.query(Long.class)
			.single();
	}

}
