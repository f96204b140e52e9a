package io.kaiwu.energy.hint;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kaiwu.energy.metering.ConsumptionInterval;

/**
 * Idle running (空载/待机能耗): what a machine's own meter counted while the machine stood
 * (idle, down or in a planned stop). Each counted interval of the meter is shared between
 * the machine's states in proportion to time, as an hour is shared between periods of a
 * tariff: with readings a minute apart that is what the machine drew. Missing intervals
 * count for nothing, standing or not: they are not observed. Before the first state
 * known, the machine is not taken to stand.
 */
public final class IdleRunning {

	private IdleRunning() {
	}

	/**
	 * @param intervals the meter's intervals, in kWh
	 * @param changes the machine's state changes, any order
	 */
	public static IdleEnergy idleEnergy(List<ConsumptionInterval> intervals, List<StateChange> changes) {
		List<StateChange> sorted = changes.stream().sorted(Comparator.comparing(StateChange::at)).toList();
		List<Instant[]> standing = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			if (sorted.get(i).standing()) {
				Instant until = (i + 1 < sorted.size()) ? sorted.get(i + 1).at() : Instant.MAX;
				standing.add(new Instant[] { sorted.get(i).at(), until });
			}
		}
		BigDecimal kWh = BigDecimal.ZERO;
		Duration stood = Duration.ZERO;
		Duration observed = Duration.ZERO;
		List<IdleEnergy.Part> parts = new ArrayList<>();
		for (ConsumptionInterval interval : intervals) {
			if (interval.isMissing() || interval.consumption() == null) {
				continue;
			}
			observed = observed.plus(interval.length());
			for (Instant[] span : standing) {
				Instant from = later(span[0], interval.start());
				Instant to = earlier(span[1], interval.end());
				if (!to.isAfter(from)) {
					continue;
				}
				Duration overlap = Duration.between(from, to);
				BigDecimal share = interval.consumption()
					.multiply(BigDecimal.valueOf(overlap.toMillis()))
					.divide(BigDecimal.valueOf(interval.length().toMillis()), MathContext.DECIMAL64);
				parts.add(new IdleEnergy.Part(from, to, share));
				kWh = kWh.add(share);
				stood = stood.plus(overlap);
			}
		}
		return new IdleEnergy(kWh, stood, observed, parts);
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
