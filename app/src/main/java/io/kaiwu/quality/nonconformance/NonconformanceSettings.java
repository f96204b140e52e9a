package io.kaiwu.quality.nonconformance;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How nonconformance reports count time.
 *
 * @param zone the time zone whose dates due dates are in: a step due on a day is overdue
 * from the next midnight there, and an 8D closed before it is on time;
 * {@code KAIWU_QUALITY_NONCONFORMANCE_ZONE}.
 */
@ConfigurationProperties("kaiwu.quality.nonconformance")
public record NonconformanceSettings(@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
