package io.kaiwu.energy.consumption;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.metering.HourStatus;
import io.kaiwu.energy.metering.MeterHour;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The energy_consumption_hour table. */
@Repository
class ConsumptionRecords {

	private final JdbcClient jdbc;

	ConsumptionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The end of the last hour stored for a meter, where tracking resumes. */
	@Nullable Instant lastHourEnd(UUID meter) {
		Timestamp last = this.jdbc.sql("SELECT MAX(hour_start) FROM energy_consumption_hour WHERE meter_id = ?")
			.param(meter)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		return (last != null) ? last.toInstant().plusSeconds(3600) : null;
	}

	/** Replaces a meter's hours in [from, to) by the ones given. */
	void replace(TenantId tenant, UUID meter, Instant from, Instant to, List<MeterHour> hours) {
		this.jdbc.sql("DELETE FROM energy_consumption_hour WHERE meter_id = ? AND hour_start >= ? AND hour_start < ?")
			.params(meter, Timestamp.from(from), Timestamp.from(to))
			.update();
		Timestamp now = Timestamp.from(Instant.now());
		for (MeterHour hour : hours) {
			this.jdbc.sql("""
					INSERT INTO energy_consumption_hour (meter_id, hour_start, tenant_id, quantity, status, reason,
					    computed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(meter, Timestamp.from(hour.start()), tenant.value(), hour.quantity(), hour.status().name(),
						hour.reason(), now)
				.update();
		}
	}

	/** The stored hours of the tenant's meters in [from, to), by meter and hour start. */
	Map<UUID, Map<Instant, MeterHour>> hours(TenantId tenant, Collection<UUID> meters, Instant from, Instant to) {
		Map<UUID, Map<Instant, MeterHour>> byMeter = new HashMap<>();
		for (UUID meter : meters) {
			Map<Instant, MeterHour> hours = new HashMap<>();
			this.jdbc.sql("""
					SELECT hour_start, quantity, status, reason FROM energy_consumption_hour
					WHERE tenant_id = ? AND meter_id = ? AND hour_start >= ? AND hour_start < ?""")
				.params(tenant.value(), meter, Timestamp.from(from), Timestamp.from(to))
				.query((rs) -> {
					Instant start = rs.getTimestamp("hour_start").toInstant();
					BigDecimal quantity = rs.getBigDecimal("quantity");
					hours.put(start, new MeterHour(start, quantity, HourStatus.valueOf(rs.getString("status")),
							rs.getString("reason")));
				});
			byMeter.put(meter, hours);
		}
		return byMeter;
	}

	/** Each of the tenant's meters' last stored hour, by meter. */
	Map<UUID, MeterHour> lastHours(TenantId tenant) {
		Map<UUID, MeterHour> last = new HashMap<>();
		this.jdbc.sql("""
				SELECT h.meter_id, h.hour_start, h.quantity, h.status, h.reason FROM energy_consumption_hour h
				WHERE h.tenant_id = ? AND h.hour_start = (SELECT MAX(l.hour_start) FROM energy_consumption_hour l
				    WHERE l.meter_id = h.meter_id)""").param(tenant.value()).query((rs) -> {
			Instant start = rs.getTimestamp("hour_start").toInstant();
			last.put(rs.getObject("meter_id", UUID.class), new MeterHour(start, rs.getBigDecimal("quantity"),
					HourStatus.valueOf(rs.getString("status")), rs.getString("reason")));
		});
		return last;
	}

}
