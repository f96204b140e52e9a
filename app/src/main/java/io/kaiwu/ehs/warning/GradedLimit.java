package io.kaiwu.ehs.warning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A monitored point's legal limit (排放限值 or alarm set point) in its unit, and the values
 * at which each early-warning grade begins, strictly increasing from 蓝 to 红. The deadband
 * is how far under the 蓝 threshold a value must fall for an exceedance to end, so that a
 * noisy value at the threshold does not open and close it again and again.
 *
 * @param limit the legal limit, positive.
 * @param unit its unit, e.g. {@code mg/m³}.
 * @param thresholds where each grade begins, in the limit's unit.
 * @param deadband how far under the 蓝 threshold the value must fall to close; zero or
 * more, less than the 蓝 threshold.
 */
public record GradedLimit(BigDecimal limit, String unit, Map<WarningGrade, BigDecimal> thresholds,
		BigDecimal deadband) {

	/** Refuses a limit without unit, thresholds missing or out of order, naming them. */
	public GradedLimit {
		List<InvalidThresholds.Fault> faults = new ArrayList<>();
		if (limit == null || limit.signum() <= 0) {
			faults.add(
					new InvalidThresholds.Fault("limit", "problem.ehs.limit-positive", List.of(String.valueOf(limit))));
		}
		if (unit == null || unit.isBlank()) {
			faults.add(new InvalidThresholds.Fault("unit", "problem.ehs.limit-without-unit", List.of()));
		}
		Map<WarningGrade, BigDecimal> given = (thresholds == null) ? Map.of() : thresholds;
		BigDecimal below = null;
		WarningGrade belowGrade = null;
		for (WarningGrade grade : WarningGrade.values()) {
			BigDecimal value = given.get(grade);
			String field = "thresholds." + name(grade);
			if (value == null) {
				faults.add(new InvalidThresholds.Fault(field, "problem.field.required", List.of()));
				continue;
			}
			if (value.signum() <= 0) {
				faults.add(new InvalidThresholds.Fault(field, "problem.ehs.threshold-positive", List.of(value)));
			}
			if (below != null && value.compareTo(below) <= 0) {
				faults.add(new InvalidThresholds.Fault(field, "problem.ehs.threshold-order",
						List.of(name(grade), value, name(belowGrade), below)));
			}
			below = value;
			belowGrade = grade;
		}
		if (deadband == null || deadband.signum() < 0) {
			faults.add(new InvalidThresholds.Fault("deadband", "problem.ehs.deadband-range",
					List.of(String.valueOf(deadband))));
		}
		else if (given.get(WarningGrade.BLUE) != null && deadband.compareTo(given.get(WarningGrade.BLUE)) >= 0) {
			faults.add(new InvalidThresholds.Fault("deadband", "problem.ehs.deadband-range", List.of(deadband)));
		}
		if (!faults.isEmpty()) {
			throw new InvalidThresholds(faults);
		}
		thresholds = Map.copyOf(new EnumMap<>(given));
		unit = unit.strip();
	}

	/** Thresholds as fractions of the limit, e.g. 0.8 / 1.0 / 1.2 / 1.5 for 蓝黄橙红. */
	public static GradedLimit fractionsOf(BigDecimal limit, String unit, double blue, double yellow, double orange,
			double red, double deadbandFraction) {
		Objects.requireNonNull(limit, "limit");
		Map<WarningGrade, BigDecimal> thresholds = new EnumMap<>(WarningGrade.class);
		thresholds.put(WarningGrade.BLUE, limit.multiply(BigDecimal.valueOf(blue)));
		thresholds.put(WarningGrade.YELLOW, limit.multiply(BigDecimal.valueOf(yellow)));
		thresholds.put(WarningGrade.ORANGE, limit.multiply(BigDecimal.valueOf(orange)));
		thresholds.put(WarningGrade.RED, limit.multiply(BigDecimal.valueOf(red)));
		return new GradedLimit(limit, unit, thresholds, limit.multiply(BigDecimal.valueOf(deadbandFraction)));
	}

	/** A grade's name as the thresholds are entered: {@code blue} … {@code red}. */
	public static String name(WarningGrade grade) {
		return grade.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The thresholds from 蓝 to 红. */
	public List<BigDecimal> ordered() {
		return java.util.Arrays.stream(WarningGrade.values()).map(this::threshold).toList();
	}

	/** Where a grade begins. */
	public BigDecimal threshold(WarningGrade grade) {
		return this.thresholds.get(grade);
	}

	/** The worst grade whose threshold the value reaches; empty under 蓝. */
	public Optional<WarningGrade> grade(double value) {
		@Nullable WarningGrade reached = null;
		for (WarningGrade grade : WarningGrade.values()) {
			if (value >= threshold(grade).doubleValue()) {
				reached = grade;
			}
		}
		return Optional.ofNullable(reached);
	}

	/**
	 * Whether a value is back under the 蓝 threshold by the deadband: an exceedance ends.
	 */
	public boolean clearOf(double value) {
		return value < threshold(WarningGrade.BLUE).subtract(this.deadband).doubleValue();
	}

}
