package io.kaiwu.quality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.kaiwu.shared.TenantId;

/**
 * A supplier's quality score (供应商质量评分, 0–100) over a period, from its receiving
 * inspections (lot acceptance rate, PPM of rejected units) and the nonconformance reports
 * attributed to it (their number and severity, and whether their 8D closed on time). The
 * formula and its weights are in {@code docs/nonconformance.md}.
 */
public interface SupplierQuality {

	/**
	 * The supplier's score with its components.
	 * @param tenant whose supplier; must not be {@literal null}.
	 * @param supplierId a master-data partner; must not be {@literal null}.
	 * @param period the span counted; must not be {@literal null}.
	 * @return the score; its {@code score} is {@literal null} when nothing was inspected
	 * or reported in the period.
	 */
	Score score(TenantId tenant, UUID supplierId, Period period);

	/**
	 * A half-open span of time {@code [from, to)}.
	 *
	 * @param from the first instant counted
	 * @param to the first instant no longer counted; after {@code from}
	 */
	record Period(Instant from, Instant to) {

		public Period {
			if (!to.isAfter(from)) {
				throw new IllegalArgumentException("A period ends after it starts: " + from + " – " + to);
			}
		}

	}

	/**
	 * A supplier's score.
	 *
	 * @param supplierId the supplier
	 * @param score 0–100, higher is better; {@literal null} without any data
	 * @param lots receiving inspections of its lots
	 * @param acceptedLots of those, lots accepted
	 * @param inspectedUnits units inspected in those lots' samples
	 * @param rejectedUnits units found nonconforming in them
	 * @param ppm rejected units per million inspected; {@literal null} without
	 * inspections
	 * @param minorNcrs minor NCRs raised against it in the period (not cancelled)
	 * @param majorNcrs major ones
	 * @param criticalNcrs critical ones
	 * @param eightDsDue 8Ds of its NCRs that fell due or closed in the period
	 * @param eightDsOnTime of those, closed by their D8 due date
	 * @param components each part of the score with its weight
	 */
	record Score(UUID supplierId, @Nullable Double score, int lots, int acceptedLots, long inspectedUnits,
			long rejectedUnits, @Nullable Double ppm, int minorNcrs, int majorNcrs, int criticalNcrs, int eightDsDue,
			int eightDsOnTime, List<Component> components) {

		public Score {
			components = List.copyOf(components);
		}

	}

	/**
	 * One part of the score.
	 *
	 * @param name {@code lot-acceptance}, {@code ppm}, {@code ncr} or
	 * {@code eight-d-on-time}
	 * @param weight its nominal weight in percent
	 * @param points 0–100; {@literal null} when the period holds no data for it (its
	 * weight is then shared among the others)
	 */
	record Component(String name, int weight, @Nullable Double points) {
	}

}
