package io.kaiwu.production.configurator.kernel;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What an option does to the variant's BOM or routing. */
public sealed interface Effect {

	/**
	 * Adds a component to the BOM (or more of it when the base already has it).
	 *
	 * @param componentItemId the component
	 * @param quantityPerUnit how much per unit of the product
	 */
	record AddComponent(UUID componentItemId, BigDecimal quantityPerUnit) implements Effect {
	}

	/**
	 * Replaces a component of the base BOM by another.
	 *
	 * @param replacedItemId the base component that goes
	 * @param componentItemId the component that takes its place
	 * @param quantityPerUnit how much per unit of the product; {@literal null} to keep
	 * the base line's quantity
	 */
	record ReplaceComponent(UUID replacedItemId, UUID componentItemId,
			@Nullable BigDecimal quantityPerUnit) implements Effect {
	}

	/**
	 * An extra operation (工序) in the routing.
	 *
	 * @param step the operation, with a sequence number the base routing does not use
	 */
	record ExtraStep(VariantRouting.Step step) implements Effect {
	}

	/**
	 * Makes an existing operation of the base routing slower or faster: its run time per
	 * unit is multiplied by the factor (1.25 = a quarter longer).
	 *
	 * @param sequence the base routing's operation
	 * @param factor more than zero
	 */
	record RunFactor(int sequence, BigDecimal factor) implements Effect {
	}

}
