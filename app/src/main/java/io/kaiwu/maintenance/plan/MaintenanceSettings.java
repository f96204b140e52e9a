package io.kaiwu.maintenance.plan;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How maintenance plans are checked.
 *
 * @param planCheck how often calendar plans (and runtime plans of machines still running)
 * are checked; {@code KAIWU_MAINTENANCE_PLAN_CHECK}.
 * @param zone the time zone whose dates calendar plans count in;
 * {@code KAIWU_MAINTENANCE_ZONE}.
 * @param workStartsAt the time of day a calendar plan's order is planned to start;
 * {@code KAIWU_MAINTENANCE_WORK_STARTS_AT}.
 */
@ConfigurationProperties("kaiwu.maintenance")
public record MaintenanceSettings(@DefaultValue("5m") Duration planCheck, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("08:00") LocalTime workStartsAt) {

	public MaintenanceSettings {
		if (planCheck.isNegative() || planCheck.isZero()) {
			throw new IllegalArgumentException("kaiwu.maintenance.plan-check must be positive");
		}
	}

}
