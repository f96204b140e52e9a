package io.kaiwu.production.configurator;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an engineer sends to define a configurable product, and what reading one answers:
 * the base item, the plant that makes it, and the whole definition (groups, options,
 * their effects, rules). Saving replaces the definition as a whole.
 *
 * @param baseItemId the base item the variants derive from
 * @param plantId the plant (a site) that makes it
 * @param name its name; the base item's name when left out
 * @param groups the option groups in order
 * @param rules the rules between options
 */
public record ProductDraft(@Nullable UUID baseItemId, @Nullable UUID plantId, @Nullable String name,
		@Nullable List<Group> groups, @Nullable List<Rule> rules) {

	/**
	 * An option group.
	 *
	 * @param code unique in the product
	 * @param name what it chooses
	 * @param required whether one option at least must be picked ({@literal null}: no)
	 * @param several whether several may be picked ({@literal null}: single choice)
	 * @param options its options
	 */
	public record Group(@Nullable String code, @Nullable String name, @Nullable Boolean required,
			@Nullable Boolean several, @Nullable List<Option> options) {
	}

	/**
	 * An option.
	 *
	 * @param code unique in the product
	 * @param name its name
	 * @param effects what it does to the BOM and routing; none for a plain choice
	 */
	public record Option(@Nullable String code, @Nullable String name, @Nullable List<Effect> effects) {
	}

	/**
	 * One effect; which fields count depends on the kind.
	 *
	 * @param kind ADD_COMPONENT (componentItemId, quantity), REPLACE_COMPONENT
	 * (replacedItemId, componentItemId, quantity or {@literal null} to keep the base
	 * line's), EXTRA_STEP (sequence, operationCode, operationName, workCentreId,
	 * resources, setupMinutes, runSecondsPerUnit, transferBatch) or RUN_FACTOR (sequence,
	 * factor)
	 * @param componentItemId the component added or put in
	 * @param replacedItemId the base component replaced
	 * @param quantity per unit of the product
	 * @param sequence the operation's sequence number
	 * @param operationCode the extra operation's code
	 * @param operationName the extra operation's name
	 * @param workCentreId the extra operation's work centre
	 * @param resources the resources of that work centre that can do it, preferred first
	 * @param setupMinutes setup in minutes
	 * @param runSecondsPerUnit run time per unit in seconds
	 * @param transferBatch the transfer batch, {@literal null} for the whole quantity
	 * @param factor the run-time factor (1.25 = a quarter longer)
	 */
	public record Effect(@Nullable String kind, @Nullable UUID componentItemId, @Nullable UUID replacedItemId,
			@Nullable BigDecimal quantity, @Nullable Integer sequence, @Nullable String operationCode,
			@Nullable String operationName, @Nullable UUID workCentreId, @Nullable List<Resource> resources,
			@Nullable BigDecimal setupMinutes, @Nullable BigDecimal runSecondsPerUnit,
			@Nullable BigDecimal transferBatch, @Nullable BigDecimal factor) {
	}

	/**
	 * A resource of an extra operation.
	 *
	 * @param resourceId the resource
	 * @param speedFactor its speed relative to the run time; {@literal null} for 1
	 */
	public record Resource(@Nullable UUID resourceId, @Nullable BigDecimal speedFactor) {
	}

	/**
	 * A rule.
	 *
	 * @param kind REQUIRES or EXCLUDES
	 * @param option the option the rule is about
	 * @param other the other option
	 */
	public record Rule(@Nullable String kind, @Nullable String option, @Nullable String other) {
	}

}
