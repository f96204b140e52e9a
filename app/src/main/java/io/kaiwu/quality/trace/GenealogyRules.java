package io.kaiwu.quality.trace;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.quality.Genealogy.Form;
import io.kaiwu.quality.Genealogy.Stage;
import io.kaiwu.shared.KaiwuProblem.FieldError;

/**
 * The rules a production step must keep before it enters the genealogy: it must not close
 * a loop (a lot made, directly or through other lots, from what it is now used to make),
 * and it must not take more from a lot than the lot has left. Plain Java: the lineage and
 * the balances are handed in.
 */
final class GenealogyRules {

	private GenealogyRules() {
	}

	/** One step forward in the genealogy: for each unit, the units made from it. */
	@FunctionalInterface
	interface MadeInto {

		Map<UUID, List<UUID>> of(Collection<UUID> units);

	}

	/**
	 * The loop that consuming {@code inputs} to make {@code outputs} would close, as the
	 * path from an output forward to an input it was already used to make (just the unit
	 * when a step would consume what it makes); empty when there is none. Walks forward
	 * from the outputs breadth first, one level per call of {@code madeInto}: a newly
	 * made lot has nothing made from it yet, so the usual check costs one query.
	 */
	static Optional<List<UUID>> loop(Collection<UUID> inputs, Collection<UUID> outputs, MadeInto madeInto) {
		Set<UUID> targets = new HashSet<>(inputs);
		for (UUID output : outputs) {
			if (targets.contains(output)) {
				return Optional.of(List.of(output));
			}
		}
		Map<UUID, UUID> reachedFrom = new HashMap<>();
		Set<UUID> seen = new HashSet<>(outputs);
		List<UUID> frontier = new ArrayList<>(new LinkedHashSet<>(outputs));
		while (!frontier.isEmpty()) {
			Map<UUID, List<UUID>> next = madeInto.of(frontier);
			List<UUID> following = new ArrayList<>();
			for (UUID from : frontier) {
				for (UUID to : next.getOrDefault(from, List.of())) {
					if (!seen.add(to)) {
						continue;
					}
					reachedFrom.put(to, from);
					if (targets.contains(to)) {
						return Optional.of(path(to, reachedFrom));
					}
					following.add(to);
				}
			}
			frontier = following;
		}
		return Optional.empty();
	}

	private static List<UUID> path(UUID end, Map<UUID, UUID> reachedFrom) {
		Deque<UUID> path = new ArrayDeque<>();
		UUID at = end;
		while (at != null) {
			path.addFirst(at);
			at = reachedFrom.get(at);
		}
		return List.copyOf(path);
	}

	/**
	 * A consumption as the rules see it.
	 *
	 * @param index its position in the step's list (for the field name)
	 * @param unit the consumed unit
	 * @param quantity how much is asked
	 */
	record Take(int index, TraceUnit unit, BigDecimal quantity) {
	}

	/**
	 * What is wrong with the quantities: a quantity not above zero, a serial not taken
	 * whole, a unit listed twice, or more asked than the unit has left (what it held,
	 * less what steps consumed and what was delivered before).
	 * @param list the request's field the takes came in ({@code consumed}, {@code lines})
	 */
	static List<FieldError> quantities(String list, List<Take> takes, Map<UUID, UnitBalance> balances) {
		List<FieldError> errors = new ArrayList<>();
		Set<UUID> listed = new HashSet<>();
		for (Take take : takes) {
			String field = list + "[" + take.index() + "].quantity";
			TraceUnit unit = take.unit();
			if (!listed.add(unit.id())) {
				errors.add(new FieldError(list + "[" + take.index() + "].unitId", "quality.trace.problem.listed-twice",
						unit.number()));
				continue;
			}
			if (take.quantity().signum() <= 0) {
				errors.add(new FieldError(field, "quality.trace.problem.quantity-positive"));
				continue;
			}
			if (unit.form() == Form.SERIAL && take.quantity().compareTo(BigDecimal.ONE) != 0) {
				errors.add(new FieldError(field, "quality.trace.problem.serial-whole", unit.number(),
						take.quantity().toPlainString()));
				continue;
			}
			UnitBalance balance = balances.get(unit.id());
			BigDecimal remaining = balance.remaining();
			if (take.quantity().compareTo(remaining) > 0) {
				errors.add(new FieldError(field, "quality.trace.problem.quantity-beyond", unit.number(),
						take.quantity().stripTrailingZeros().toPlainString(), unit.unitCode(),
						remaining.toPlainString(), balance.quantity().toPlainString(),
						balance.consumed().stripTrailingZeros().toPlainString(),
						balance.delivered().stripTrailingZeros().toPlainString()));
			}
		}
		return errors;
	}

	/** A purchased lot comes from a supplier: no production step makes it. */
	static List<FieldError> outputs(List<TraceUnit> produced) {
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < produced.size(); i++) {
			if (produced.get(i).stage() == Stage.PURCHASED) {
				errors.add(new FieldError("produced[" + i + "]", "quality.trace.problem.made-purchased-unit",
						produced.get(i).number()));
			}
		}
		return errors;
	}

}
