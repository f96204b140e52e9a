package io.kaiwu.energy.hint;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.energy.meter.ManagingMeters;
import io.kaiwu.energy.meter.Meter;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which electricity meters measure a load that may be moved in time (a batch process, a
 * charger, a pump filling a tank): their 尖峰 and 高峰 consumption is a candidate for the
 * valley. Audited ({@code energy-flexible-meter}).
 */
@Service
public class FlexibleMeters {

	private final JdbcClient jdbc;

	private final ManagingMeters meters;

	private final ApplicationEventPublisher events;

	FlexibleMeters(JdbcClient jdbc, ManagingMeters meters, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.meters = meters;
		this.events = events;
	}

	/** Marks a meter flexible or not; only electricity can be shifted between periods. */
	@Transactional
	public void mark(TenantId tenant, UUID meterId, boolean flexible) {
		Meter meter = this.meters.get(tenant, meterId);
		if (meter.kind() != MeterKind.ELECTRICITY) {
			throw new KaiwuProblem.InvalidInput("meterId", "energy.hint.problem.not-electricity", meter.code(),
					meter.kind().name());
		}
		boolean was = this.jdbc.sql("DELETE FROM energy_flexible_meter WHERE meter_id = ?").param(meterId).update() > 0;
		if (flexible) {
			this.jdbc.sql("INSERT INTO energy_flexible_meter (meter_id, tenant_id) VALUES (?, ?)")
				.params(meterId, tenant.value())
				.update();
		}
		this.events.publishEvent(ChangeRecorded.updated(tenant, "energy-flexible-meter", meterId,
				Map.of("meter", meter.code(), "flexible", was), Map.of("meter", meter.code(), "flexible", flexible)));
	}

	@Transactional(readOnly = true)
	public List<UUID> of(TenantId tenant) {
		return this.jdbc.sql("SELECT meter_id FROM energy_flexible_meter WHERE tenant_id = ? ORDER BY meter_id")
			.param(tenant.value())
			.query(UUID.class)
			.list();
	}

}
