package io.kaiwu.quality.nonconformance.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of an NCR's life: which state may follow which, which 8D step may be finished
 * when, and what is still missing. Each answer is a list of message keys naming what is
 * needed first; an empty list means the move is allowed.
 */
public final class NcrStateMachine {

	private NcrStateMachine() {
	}

	/**
	 * What an NCR looks like to the rules.
	 *
	 * @param state its state
	 * @param severity its severity
	 * @param dispositioned whether a disposition was recorded
	 * @param done the 8D steps finished
	 * @param actions its CAPA actions
	 */
	public record Facts(NcrState state, Severity severity, boolean dispositioned, Set<Discipline> done,
			List<ActionFacts> actions) {

		public Facts {
			done = Set.copyOf(done);
			actions = List.copyOf(actions);
		}

		boolean has(ActionKind kind) {
			return this.actions.stream().anyMatch((a) -> a.kind() == kind);
		}

		boolean allDone(ActionKind kind) {
			return this.actions.stream().filter((a) -> a.kind() == kind).allMatch(ActionFacts::done);
		}

	}

	/**
	 * One CAPA action as the rules see it.
	 *
	 * @param kind what it is for
	 * @param done whether it was carried out
	 * @param verified whether its effect was verified
	 */
	public record ActionFacts(ActionKind kind, boolean done, boolean verified) {
	}

	/**
	 * What is missing before the NCR may move to {@code target}.
	 * @param ncr the NCR as it is
	 * @param target the state asked for
	 * @return message keys, empty when the move is allowed
	 */
	public static List<String> missingFor(Facts ncr, NcrState target) {
		List<String> missing = new ArrayList<>();
		NcrState from = ncr.state();
		if (from.finished()) {
			missing.add("quality.ncr.needs.not-finished");
			return missing;
		}
		switch (target) {
			case OPEN -> missing.add("quality.ncr.needs.no-way-back");
			case INVESTIGATING -> {
				requireFrom(from, NcrState.OPEN, missing);
				requireSteps(ncr, Discipline.D1, missing);
			}
			case CORRECTING -> {
				requireFrom(from, NcrState.INVESTIGATING, missing);
				requireSteps(ncr, Discipline.D4, missing);
			}
			case VERIFYING -> {
				requireFrom(from, NcrState.CORRECTING, missing);
				requireSteps(ncr, Discipline.D6, missing);
			}
			case CLOSED -> {
				if (from == NcrState.OPEN) {
					if (ncr.severity() != Severity.MINOR) {
						missing.add("quality.ncr.needs.eight-d");
					}
				}
				else if (from != NcrState.VERIFYING) {
					missing.add("quality.ncr.needs.verifying");
				}
				else {
					requireSteps(ncr, Discipline.D7, missing);
					if (!ncr.actions().stream().allMatch(ActionFacts::verified)) {
						missing.add("quality.ncr.needs.actions-verified");
					}
				}
				if (!ncr.dispositioned()) {
					missing.add("quality.ncr.needs.disposition");
				}
			}
			case CANCELLED -> {
				if (from != NcrState.OPEN && from != NcrState.INVESTIGATING) {
					missing.add("quality.ncr.needs.cancellable");
				}
			}
		}
		return missing;
	}

	/**
	 * What is missing before the 8D step may be marked finished. D8 (closure) is finished
	 * by closing the NCR.
	 * @param ncr the NCR as it is
	 * @param step the step to finish
	 * @return message keys, empty when allowed
	 */
	public static List<String> missingToFinish(Facts ncr, Discipline step) {
		List<String> missing = new ArrayList<>();
		if (ncr.state().finished()) {
			missing.add("quality.ncr.needs.not-finished");
			return missing;
		}
		if (step == Discipline.D8) {
			missing.add("quality.ncr.needs.close-for-d8");
			return missing;
		}
		if (step.ordinal() > 0 && !ncr.done().contains(Discipline.values()[step.ordinal() - 1])) {
			missing.add("quality.ncr.needs.step." + Discipline.values()[step.ordinal() - 1]);
		}
		switch (step) {
			case D3 -> requireAction(ncr, ActionKind.CONTAINMENT, missing);
			case D4 -> requireAction(ncr, ActionKind.ROOT_CAUSE, missing);
			case D5 -> requireAction(ncr, ActionKind.CORRECTIVE, missing);
			case D6 -> {
				requireAction(ncr, ActionKind.CORRECTIVE, missing);
				if (!ncr.allDone(ActionKind.CORRECTIVE)) {
					missing.add("quality.ncr.needs.corrective-done");
				}
			}
			case D7 -> {
				requireAction(ncr, ActionKind.PREVENTIVE, missing);
				if (!ncr.allDone(ActionKind.PREVENTIVE)) {
					missing.add("quality.ncr.needs.preventive-done");
				}
			}
			default -> {
			}
		}
		return missing;
	}

	private static void requireFrom(NcrState from, NcrState expected, List<String> missing) {
		if (from != expected) {
			missing.add("quality.ncr.needs.state." + expected);
		}
	}

	private static void requireSteps(Facts ncr, Discipline upTo, List<String> missing) {
		for (Discipline d : Discipline.values()) {
			if (d.ordinal() <= upTo.ordinal() && !ncr.done().contains(d)) {
				missing.add("quality.ncr.needs.step." + d);
			}
		}
	}

	private static void requireAction(Facts ncr, ActionKind kind, List<String> missing) {
		if (!ncr.has(kind)) {
			missing.add("quality.ncr.needs.action." + kind);
		}
	}

}
