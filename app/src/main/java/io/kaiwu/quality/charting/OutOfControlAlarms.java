package io.kaiwu.quality.charting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.Alarms;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.quality.inspection.CharacteristicSpecs.CharacteristicSpec;
import io.kaiwu.quality.spc.ChartPoint;
import io.kaiwu.quality.spc.ChartSeries;
import io.kaiwu.quality.spc.RunRule;
import io.kaiwu.quality.spc.Violation;
import io.kaiwu.shared.TenantId;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Raises a quality alarm for a run-rule violation, about the characteristic (originator
 * {@code inspection-characteristic}), condition {@code out-of-control}: one open alarm
 * per characteristic, whatever rule found it, until someone clears it; every violation is
 * kept on the chart. A point beyond a control limit is MAJOR, a run pattern MINOR.
 */
@Component
class OutOfControlAlarms {

	static final String ORIGINATOR_KIND = "inspection-characteristic";

	static final String CONDITION = "out-of-control";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Alarms alarms;

	private final MessageSource messages;

	OutOfControlAlarms(Alarms alarms, MessageSource messages) {
		this.alarms = alarms;
		this.messages = messages;
	}

	UUID raise(TenantId tenant, CharacteristicSpec spec, ChartSeries series, Violation violation, Instant takenAt) {
		ChartPoint point = series.points()
			.stream()
			.filter((p) -> p.subgroup() == violation.subgroup())
			.findFirst()
			.orElseThrow();
		Severity severity = (violation.rule() == RunRule.BEYOND_LIMITS) ? Severity.MAJOR : Severity.MINOR;
		AlarmMessage message = new AlarmMessage(
				text(Locale.SIMPLIFIED_CHINESE, spec, series, violation, point, takenAt),
				text(Locale.ENGLISH, spec, series, violation, point, takenAt));
		return this.alarms.raise(tenant, new Originator(ORIGINATOR_KIND, spec.id().toString()), CONDITION, severity,
				message);
	}

	private String text(Locale locale, CharacteristicSpec spec, ChartSeries series, Violation violation,
			ChartPoint point, Instant takenAt) {
		String rule = this.messages.getMessage("quality.spc.rule." + violation.rule().name(),
				new Object[] { violation.number() }, locale);
		String family = this.messages.getMessage("quality.spc.family." + violation.family().name(), null, locale);
		String side = this.messages.getMessage("quality.spc.side." + violation.side().name(), null, locale);
		String statistic = this.messages.getMessage("quality.spc.statistic." + series.statistic().name(), null, locale);
		return this.messages.getMessage("quality.spc.alarm.message",
				new Object[] { spec.code(), spec.name(), family, violation.number(), rule, side, TIME.format(takenAt),
						statistic, figure(point.value()), figure(point.limits().lower()),
						figure(point.limits().center()), figure(point.limits().upper()) },
				locale);
	}

	/** Six significant digits, as a plain number (no grouping, no exponent). */
	static String figure(double value) {
		return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}

}
