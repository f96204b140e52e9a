package io.kaiwu.production.configurator;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the configurator says about a selection: the variant code it gives, whether it can
 * be ordered and every reason why not, each option with whether it can still be picked,
 * and a preview of the variant BOM and routing.
 *
 * @param productId the product
 * @param selection the option codes picked, in the product's order
 * @param variantCode the variant's item code
 * @param variantItemId the variant item when it was made before, else {@literal null}
 * @param orderable whether the selection can be ordered
 * @param refusals why not, each naming the options or the rule at fault
 * @param options every option of the product by group
 * @param bom the variant BOM's lines per unit of the product
 * @param routing the variant routing's steps
 */
public record Evaluation(UUID productId, List<String> selection, String variantCode, @Nullable UUID variantItemId,
		boolean orderable, List<Reason> refusals, List<OptionState> options, List<BomRow> bom, List<StepRow> routing) {

	/**
	 * A reason a selection or an option does not work.
	 *
	 * @param kind UNKNOWN_OPTION, REQUIRED_GROUP, SINGLE_CHOICE, REQUIRES, EXCLUDES,
	 * REQUIRES_BLOCKED, REPLACED_MISSING, STEP_TAKEN, STEP_MISSING, NO_ROUTING
	 * @param args the codes it names
	 * @param message the reason in the user's language
	 */
	public record Reason(String kind, List<String> args, String message) {
	}

	/**
	 * One option as offered.
	 *
	 * @param group its group's code
	 * @param code its code
	 * @param name its name
	 * @param selected whether it is picked
	 * @param available whether it can be picked now
	 * @param reasons why not, in the user's language
	 */
	public record OptionState(String group, String code, String name, boolean selected, boolean available,
			List<String> reasons) {
	}

	/**
	 * A line of the variant BOM.
	 *
	 * @param code the component's code
	 * @param name its name
	 * @param quantity how much per base quantity
	 * @param scrapPercent expected scrap
	 * @param changed whether an option put it there or changed it
	 */
	public record BomRow(String code, String name, BigDecimal quantity, BigDecimal scrapPercent, boolean changed) {
	}

	/**
	 * A step of the variant routing.
	 *
	 * @param sequence its number
	 * @param operationCode its code
	 * @param name what it does
	 * @param workCentreCode where
	 * @param setupMinutes setup in minutes
	 * @param runSecondsPerUnit run time per unit in seconds
	 * @param changed whether an option put it there or changed it
	 */
	public record StepRow(int sequence, String operationCode, String name, String workCentreCode,
			BigDecimal setupMinutes, BigDecimal runSecondsPerUnit, boolean changed) {
	}

}
