package io.kaiwu.ehs.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.ehs.site.MonitoredPoint;
import io.kaiwu.ehs.site.PointDraft;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * A monitored point as the page's form sends it: every figure as typed, so that one that
 * is not a number is refused with its field rather than dropped.
 */
record PointForm(@Nullable String substance, @Nullable UUID deviceId, @Nullable String property, @Nullable String unit,
		@Nullable String limit, @Nullable String standard, @Nullable String blue, @Nullable String yellow,
		@Nullable String orange, @Nullable String red, @Nullable String deadband) {

	static PointForm empty() {
		return new PointForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	static PointForm of(MonitoredPoint p) {
		return new PointForm(p.substance(), p.deviceId(), p.property(), p.limit().unit(),
				p.limit().limit().toPlainString(), p.standard(), plain(p, WarningGrade.BLUE),
				plain(p, WarningGrade.YELLOW), plain(p, WarningGrade.ORANGE), plain(p, WarningGrade.RED),
				p.limit().deadband().toPlainString());
	}

	/** An existing point unchanged, as a draft that keeps its id. */
	static PointDraft kept(MonitoredPoint p) {
		Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
		for (WarningGrade g : WarningGrade.values()) {
			thresholds.put(g.name().toLowerCase(java.util.Locale.ROOT), p.limit().threshold(g));
		}
		return new PointDraft(p.substance(), p.deviceId(), p.property(), p.limit().unit(), p.limit().limit(),
				p.standard(), thresholds, p.limit().deadband(), p.id());
	}

	/**
	 * The draft; a figure that is not a number is added to {@code errors} under its field
	 * with {@code prefix}.
	 */
	PointDraft draft(@Nullable UUID id, String prefix, List<FieldError> errors) {
		Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
		put(thresholds, "blue", this.blue, prefix, errors);
		put(thresholds, "yellow", this.yellow, prefix, errors);
		put(thresholds, "orange", this.orange, prefix, errors);
		put(thresholds, "red", this.red, prefix, errors);
		return new PointDraft(this.substance, this.deviceId, this.property, this.unit,
				number(this.limit, prefix + "limit", errors), this.standard, thresholds,
				number(this.deadband, prefix + "deadband", errors), id);
	}

	private static void put(Map<String, BigDecimal> thresholds, String grade, @Nullable String value, String prefix,
			List<FieldError> errors) {
		BigDecimal n = number(value, prefix + "thresholds." + grade, errors);
		if (n != null) {
			thresholds.put(grade, n);
		}
	}

	private static @Nullable BigDecimal number(@Nullable String value, String field, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, "problem.ehs.points.number", value));
			return null;
		}
	}

	private static String plain(MonitoredPoint p, WarningGrade grade) {
		return p.limit().threshold(grade).toPlainString();
	}

}
