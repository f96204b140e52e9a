package io.kaiwu.alarm.evaluation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Storm control (告警风暴): how many new alarms one device may raise within a window before
 * the excess is folded into one summary alarm.
 *
 * @param maxRaises raises per device within the window that still become alarms;
 * {@code KAIWU_ALARM_STORM_MAX_RAISES}.
 * @param window the sliding window; {@code KAIWU_ALARM_STORM_WINDOW}.
 */
@ConfigurationProperties("kaiwu.alarm.storm")
public record StormSettings(@DefaultValue("10") int maxRaises, @DefaultValue("1m") Duration window) {

	public StormSettings {
		if (maxRaises < 1) {
			throw new IllegalArgumentException("kaiwu.alarm.storm.max-raises must be at least 1");
		}
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("kaiwu.alarm.storm.window must be positive");
		}
	}

}
