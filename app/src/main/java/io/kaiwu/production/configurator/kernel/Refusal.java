package io.kaiwu.production.configurator.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * Why a selection, or one option in it, does not work; the arguments are the codes the
 * message names.
 *
 * @param kind what is wrong
 * @param args the codes of the options, groups or the sequence number concerned, in the
 * order the kind describes
 */
public record Refusal(Kind kind, List<String> args) {

	public Refusal {
		args = List.copyOf(args);
	}

	static Refusal of(Kind kind, Object... args) {
		return new Refusal(kind, Arrays.stream(args).map(String::valueOf).toList());
	}

	/** What is wrong. */
	public enum Kind {

		/** The option (args: option) is not one of the product's. */
		UNKNOWN_OPTION,
		/** Nothing is picked in a required group (args: group code, group name). */
		REQUIRED_GROUP,
		/**
		 * Two options picked in a single-choice group (args: group name, option, other).
		 */
		SINGLE_CHOICE,
		/** An option needs another that is not picked (args: option, other). */
		REQUIRES,
		/** Two options picked that exclude each other (args: option, other). */
		EXCLUDES,
		/**
		 * An option cannot be picked because the option it needs is ruled out by one
		 * already picked (args: option, needed, blocker).
		 */
		REQUIRES_BLOCKED,
		/**
		 * An option replaces a component the base BOM does not have (args: option,
		 * component id).
		 */
		REPLACED_MISSING,
		/**
		 * An option's extra step takes a sequence number already used (args: option,
		 * sequence).
		 */
		STEP_TAKEN,
		/**
		 * An option changes the run time of a step the routing does not have (args:
		 * option, sequence).
		 */
		STEP_MISSING,
		/**
		 * The variant would have no operation: the base item has no routing effective
		 * that day and no option adds a step (args: base item code, day).
		 */
		NO_ROUTING

	}

}
