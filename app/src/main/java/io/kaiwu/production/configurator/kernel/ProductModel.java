package io.kaiwu.production.configurator.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A configurable product (可配置产品) as the configurator reasons about it: the base item's
 * code, the option groups in order and the rules between options.
 *
 * @param baseCode the code of the base item the variants derive from
 * @param groups the option groups, in the order the customer sees them
 * @param rules the compatibility rules
 */
public record ProductModel(String baseCode, List<OptionGroup> groups, List<Rule> rules) {

	public ProductModel {
		groups = List.copyOf(groups);
		rules = List.copyOf(rules);
	}

	/** The option with this code, in any group. */
	public Optional<Option> option(String code) {
		return this.groups.stream()
			.flatMap((g) -> g.options().stream())
			.filter((o) -> o.code().equals(code))
			.findFirst();
	}

	/** The group that holds an option. */
	public Optional<OptionGroup> groupOf(String optionCode) {
		return this.groups.stream()
			.filter((g) -> g.options().stream().anyMatch((o) -> o.code().equals(optionCode)))
			.findFirst();
	}

	/**
	 * A group of options, for example 热处理 or 表面处理.
	 *
	 * @param code its code
	 * @param name its name
	 * @param required whether a configuration must pick at least one of its options
	 * @param several whether more than one of its options may be picked (otherwise single
	 * choice)
	 * @param options its options in order
	 */
	public record OptionGroup(String code, String name, boolean required, boolean several, List<Option> options) {

		public OptionGroup {
			options = List.copyOf(options);
		}

	}

	/**
	 * One option and what picking it does to the BOM and the routing.
	 *
	 * @param code its code
	 * @param name its name
	 * @param effects its effects, applied in order
	 */
	public record Option(String code, String name, List<Effect> effects) {

		public Option {
			effects = List.copyOf(effects);
		}

	}

	/**
	 * A rule between two options.
	 *
	 * @param kind REQUIRES: picking {@code option} needs {@code other} picked too;
	 * EXCLUDES: the two may not be picked together
	 * @param option the option the rule is about
	 * @param other the other option
	 */
	public record Rule(Kind kind, String option, String other) {

		/** What a rule says. */
		public enum Kind {

			/** 依赖: the option needs the other one. */
			REQUIRES,
			/** 互斥: the two options exclude each other. */
			EXCLUDES

		}

		/** Whether the rule names the option on either side. */
		boolean names(String code) {
			return this.option.equals(code) || this.other.equals(code);
		}

		/** For an EXCLUDES rule, the option on the other side of {@code code}. */
		String partnerOf(String code) {
			return this.option.equals(code) ? this.other : this.option;
		}

	}

}
