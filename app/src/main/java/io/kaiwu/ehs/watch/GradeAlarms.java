package io.kaiwu.ehs.watch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.Alarms;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.ehs.site.MonitoredPoint;
import io.kaiwu.ehs.warning.WarningGrade;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Raises and clears a monitored point's graded alarms through the alarm module, with the
 * originator {@code ehs-point} and one condition per grade ({@code grade-blue} …). The
 * alarm module keeps one open alarm per originator and condition and answers a raise of
 * an open one unchanged, so a worsening raises the worse grade's alarm and clears the one
 * below: one alarm is active per exceedance, always at its worst grade.
 */
@Component
class GradeAlarms {

	static final String ORIGINATOR_KIND = "ehs-point";

	static final String BY = "ehs";

	private final Alarms alarms;

	private final MessageSource messages;

	private final Duration urgentEscalateAfter;

	GradeAlarms(Alarms alarms, MessageSource messages,
			@Value("${kaiwu.ehs.escalation.urgent-after:PT15M}") Duration urgentEscalateAfter) {
		this.alarms = alarms;
		this.messages = messages;
		this.urgentEscalateAfter = urgentEscalateAfter;
	}

	/**
	 * How long the alarm of a grade may stay unacknowledged before the alarm module
	 * escalates it: 橙 and 红 after {@code kaiwu.ehs.escalation.urgent-after} (15 minutes
	 * unless set), 蓝 and 黄 as any module's alarm
	 * ({@code kaiwu.alarm.escalation.module-alarms-after}).
	 */
	@Nullable Duration escalateAfter(WarningGrade grade) {
		return (grade == WarningGrade.ORANGE || grade == WarningGrade.RED) ? this.urgentEscalateAfter : null;
	}

	/** 蓝 warning, 黄 minor, 橙 major, 红 critical. */
	static Severity severity(WarningGrade grade) {
		return switch (grade) {
			case BLUE -> Severity.WARNING;
			case YELLOW -> Severity.MINOR;
			case ORANGE -> Severity.MAJOR;
			case RED -> Severity.CRITICAL;
		};
	}

	static String condition(WarningGrade grade) {
		return "grade-" + grade.name().toLowerCase(Locale.ROOT);
	}

	UUID raise(MonitoredPoint point, WarningGrade grade, double value) {
		AlarmMessage message = new AlarmMessage(text(Locale.SIMPLIFIED_CHINESE, point, grade, value),
				text(Locale.ENGLISH, point, grade, value));
		return this.alarms.raise(point.tenant(), originator(point), condition(grade), severity(grade), message,
				escalateAfter(grade));
	}

	void clear(MonitoredPoint point, WarningGrade grade) {
		this.alarms.clear(point.tenant(), originator(point), condition(grade), BY);
	}

	private static Originator originator(MonitoredPoint point) {
		return new Originator(ORIGINATOR_KIND, point.id().toString());
	}

	private String text(Locale locale, MonitoredPoint point, WarningGrade grade, double value) {
		String gradeName = this.messages.getMessage("ehs.grade." + grade.name(), null, locale);
		return this.messages.getMessage("ehs.alarm.message",
				new Object[] { point.ownerName(), point.substance(), gradeName, figure(value), point.limit().unit(),
						point.limit().threshold(grade).toPlainString(), point.limit().limit().toPlainString(),
						point.standard() },
				locale);
	}

	/** Six significant digits, plain. */
	private static String figure(double value) {
		return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
	}

}
