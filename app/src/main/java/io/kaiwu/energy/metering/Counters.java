package io.kaiwu.energy.metering;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Turns a cumulative counter's readings into consumption intervals.
 * <p>
 * A drop in the counter is read in this order: a reset the reading declares; a rollover,
 * when the register has a maximum and the wrapped increase is less than half its range
 * (the rule of serial-number arithmetic, RFC 1982: a counter read every few minutes never
 * runs through half its range in between); a reset detected by a drop to near zero, when
 * configured. Any other drop is a reading going backwards: it is flagged with the value
 * it was compared with and never counted, and the next reading is compared with the last
 * counted one again.
 */
public final class Counters {

	private Counters() {
	}

	public static MeterSeries intervals(List<CounterReading> readings, CounterSettings settings) {
		List<CounterReading> inTimeOrder = readings.stream().sorted(Comparator.comparing(CounterReading::at)).toList();
		List<ConsumptionInterval> intervals = new ArrayList<>();
		List<ReadingFlag> flags = new ArrayList<>();
		CounterReading previous = null;
		for (CounterReading reading : inTimeOrder) {
			ReadingFlag.Reason outOfRange = outOfRange(reading, settings);
			if (outOfRange != null) {
				flags.add(new ReadingFlag(reading, outOfRange, (previous != null) ? previous.value() : null));
				continue;
			}
			if (previous == null) {
				previous = reading;
				continue;
			}
			if (!reading.at().isAfter(previous.at())) {
				flags.add(new ReadingFlag(reading, ReadingFlag.Reason.NOT_AFTER_PREVIOUS, previous.value()));
				continue;
			}
			Step step = step(previous, reading, settings);
			if (step == null) {
				flags.add(new ReadingFlag(reading, ReadingFlag.Reason.WENT_BACKWARDS, previous.value()));
				continue;
			}
			if (Duration.between(previous.at(), reading.at()).compareTo(settings.longestInterval()) > 0) {
				intervals.add(ConsumptionInterval.missing(previous.at(), reading.at(), step.knownAcrossGap()));
			}
			else {
				intervals.add(ConsumptionInterval.counted(previous.at(), reading.at(), step.status(), step.increase()));
			}
			previous = reading;
		}
		return new MeterSeries(intervals, flags);
	}

	private static ReadingFlag.@Nullable Reason outOfRange(CounterReading reading, CounterSettings settings) {
		if (reading.value().signum() < 0) {
			return ReadingFlag.Reason.NEGATIVE;
		}
		if (settings.counterMaximum() != null && reading.value().compareTo(settings.counterMaximum()) > 0) {
			return ReadingFlag.Reason.ABOVE_COUNTER_MAXIMUM;
		}
		return null;
	}

	/**
	 * The counter's increase from one reading to the next; null when it went backwards.
	 */
	private static @Nullable Step step(CounterReading previous, CounterReading reading, CounterSettings settings) {
		if (reading.reset()) {
			BigDecimal oldFinal = reading.oldCounterFinal();
			if (oldFinal == null) {
				// what the old counter counted after the previous reading is lost
				return new Step(IntervalStatus.RESET, reading.value(), false);
			}
			if (oldFinal.compareTo(previous.value()) < 0) {
				return null;
			}
			return new Step(IntervalStatus.RESET, oldFinal.subtract(previous.value()).add(reading.value()), true);
		}
		if (reading.value().compareTo(previous.value()) >= 0) {
			return new Step(IntervalStatus.MEASURED, reading.value().subtract(previous.value()), true);
		}
		BigDecimal modulus = settings.counterModulus();
		if (modulus != null) {
			BigDecimal wrapped = modulus.subtract(previous.value()).add(reading.value());
			if (wrapped.add(wrapped).compareTo(modulus) < 0) {
				return new Step(IntervalStatus.ROLLOVER, wrapped, true);
			}
		}
		if (settings.resetBelow() != null && reading.value().compareTo(settings.resetBelow()) <= 0) {
			return new Step(IntervalStatus.RESET, reading.value(), false);
		}
		return null;
	}

	/**
	 * @param wholeIncreaseKnown false when a reset lost what the old counter counted last
	 */
	private record Step(IntervalStatus status, BigDecimal increase, boolean wholeIncreaseKnown) {

		@Nullable BigDecimal knownAcrossGap() {
			return this.wholeIncreaseKnown ? this.increase : null;
		}

	}

}
