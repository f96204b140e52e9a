package io.kaiwu.telemetry.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.device.DataType;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.read.ReadingTelemetry.SeenDevice;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Latest values as the live panel shows them: the value with the thing model's unit, the
 * quality with its label and the time in the site's zone (also as a wall-clock time for
 * the charts, which draw in the site's zone).
 */
@Component
class LiveValues {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	static final DateTimeFormatter CHART_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

	private final MessageSource messages;

	LiveValues(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One latest value.
	 *
	 * @param property the property identifier.
	 * @param value the value with its unit, as shown.
	 * @param number the numeric value for the chart (booleans as 1 or 0), or
	 * {@literal null} for text.
	 * @param quality {@code GOOD}, {@code UNCERTAIN} or {@code BAD}.
	 * @param qualityLabel the quality in the viewer's language.
	 * @param time when it was measured, in the site's zone.
	 * @param chartTime the same with milliseconds, for the chart.
	 */
	record LiveValue(String property, String value, @Nullable Double number, String quality, String qualityLabel,
			String time, String chartTime) {
	}

	/** The newest value of each property among the measurements. */
	List<LiveValue> newest(SeenDevice seen, Collection<Measurement> measurements, Locale locale) {
		Map<String, Measurement> newest = new LinkedHashMap<>();
		for (Measurement m : measurements) {
			newest.merge(m.property(), m, (a, b) -> b.ts().isAfter(a.ts()) ? b : a);
		}
		return newest.values().stream().map((m) -> of(seen, m, locale)).toList();
	}

	LiveValue of(SeenDevice seen, Measurement m, Locale locale) {
		PropertyDefinition definition = seen.device().thingModel().property(m.property()).orElse(null);
		ZoneId zone = seen.zone();
		String quality = m.quality().name();
		return new LiveValue(
				m.property(), display(m, definition), m.number(), quality, this.messages
					.getMessage("telemetry.quality." + quality.toLowerCase(Locale.ROOT), null, quality, locale),
				TIME.format(m.ts().atZone(zone)), CHART_TIME.format(m.ts().atZone(zone)));
	}

	static String display(Measurement m, @Nullable PropertyDefinition definition) {
		String value;
		if (m.number() == null) {
			value = (m.text() != null) ? m.text() : "";
		}
		else if (definition != null && definition.dataType() == DataType.BOOLEAN) {
			value = String.valueOf(m.number() != 0);
		}
		else if (definition != null && definition.dataType().whole()) {
			value = String.valueOf(m.number().longValue());
		}
		else if (definition != null && definition.precision() != null) {
			value = BigDecimal.valueOf(m.number())
				.setScale(definition.precision(), RoundingMode.HALF_UP)
				.toPlainString();
		}
		else {
			value = BigDecimal.valueOf(m.number()).stripTrailingZeros().toPlainString();
		}
		if (definition != null && !definition.unit().isEmpty() && m.number() != null
				&& definition.dataType() != DataType.BOOLEAN) {
			return value + " " + definition.unit();
		}
		return value;
	}

	/** Whether the history chart can draw a property. */
	static boolean chartable(PropertyDefinition definition) {
		return definition.dataType().numeric() || definition.dataType() == DataType.BOOLEAN;
	}

}
