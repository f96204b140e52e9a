package io.kaiwu.production.configurator.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.configurator.kernel.ProductModel.Option;
import org.jspecify.annotations.Nullable;

/**
 * The variant routing (变型工艺路线): the base item's effective routing with the chosen
 * options' extra operations put in by sequence number, then their run-time factors
 * applied (two factors on one step multiply). An extra step may not take a sequence
 * number already used; a factor must name a step the routing has.
 */
public final class VariantRouting {

	private VariantRouting() {
	}

	public static Composition<Step> compose(List<Step> base, List<Option> chosen) {
		List<Step> steps = new ArrayList<>(base);
		List<Refusal> refusals = new ArrayList<>();
		for (Option option : chosen) {
			for (Effect effect : option.effects()) {
				if (effect instanceof Effect.ExtraStep extra) {
					if (indexOf(steps, extra.step().sequence()) >= 0) {
						refusals.add(Refusal.of(Refusal.Kind.STEP_TAKEN, option.code(), extra.step().sequence()));
					}
					else {
						steps.add(extra.step());
					}
				}
			}
		}
		for (Option option : chosen) {
			for (Effect effect : option.effects()) {
				if (effect instanceof Effect.RunFactor factor) {
					int at = indexOf(steps, factor.sequence());
					if (at < 0) {
						refusals.add(Refusal.of(Refusal.Kind.STEP_MISSING, option.code(), factor.sequence()));
					}
					else {
						steps.set(at, steps.get(at).slowedBy(factor.factor()));
					}
				}
			}
		}
		steps.sort(Comparator.comparingInt(Step::sequence));
		return new Composition<>(steps, refusals);
	}

	private static int indexOf(List<Step> steps, int sequence) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).sequence() == sequence) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A routing step.
	 *
	 * @param sequence its number
	 * @param operationCode its code
	 * @param name what it does
	 * @param workCentreId where
	 * @param resources the resources that can do it, preferred first
	 * @param setupMinutes setup in minutes
	 * @param runSecondsPerUnit run time per unit in seconds
	 * @param transferBatch the transfer batch, {@literal null} for the whole quantity
	 */
	public record Step(int sequence, String operationCode, String name, UUID workCentreId, List<Resource> resources,
			BigDecimal setupMinutes, BigDecimal runSecondsPerUnit, @Nullable BigDecimal transferBatch) {

		public Step {
			resources = List.copyOf(resources);
		}

		/** The same step with its run time per unit multiplied by a factor. */
		Step slowedBy(BigDecimal factor) {
			BigDecimal run = this.runSecondsPerUnit.multiply(factor).stripTrailingZeros();
			return new Step(this.sequence, this.operationCode, this.name, this.workCentreId, this.resources,
					this.setupMinutes, (run.scale() < 0) ? run.setScale(0) : run, this.transferBatch);
		}

	}

	/**
	 * A resource that can do a step.
	 *
	 * @param resourceId the resource
	 * @param speedFactor its speed relative to the run time
	 */
	public record Resource(UUID resourceId, BigDecimal speedFactor) {
	}

}
