package io.kaiwu.production.configurator.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.kaiwu.production.configurator.kernel.ProductModel.Option;

/**
 * The variant BOM (变型物料清单): the base item's effective BOM with the chosen options'
 * effects applied in order. A replacement swaps a base component for another (keeping its
 * scrap, and its quantity unless the option gives one); an addition adds a line, or adds
 * to the quantity of a component already there. Option quantities are per unit of the
 * product and scaled to the base BOM's base quantity.
 */
public final class VariantBom {

	private VariantBom() {
	}

	public static Composition<Line> compose(BigDecimal baseQuantity, List<Line> base, List<Option> chosen) {
		List<Line> lines = new ArrayList<>(base);
		List<Refusal> refusals = new ArrayList<>();
		for (Option option : chosen) {
			for (Effect effect : option.effects()) {
				if (effect instanceof Effect.ReplaceComponent replace) {
					int at = indexOf(lines, replace.replacedItemId());
					if (at < 0) {
						refusals
							.add(Refusal.of(Refusal.Kind.REPLACED_MISSING, option.code(), replace.replacedItemId()));
						continue;
					}
					Line old = lines.remove(at);
					BigDecimal quantity = (replace.quantityPerUnit() != null)
							? replace.quantityPerUnit().multiply(baseQuantity) : old.quantity();
					add(lines, at, new Line(replace.componentItemId(), quantity, old.scrapPercent()));
				}
				else if (effect instanceof Effect.AddComponent addition) {
					add(lines, lines.size(), new Line(addition.componentItemId(),
							addition.quantityPerUnit().multiply(baseQuantity), BigDecimal.ZERO));
				}
			}
		}
		return new Composition<>(lines, refusals);
	}

	/**
	 * Puts a line at a position, or adds its quantity to the line of the same component.
	 */
	private static void add(List<Line> lines, int at, Line line) {
		int same = indexOf(lines, line.componentItemId());
		if (same < 0) {
			lines.add(at, line);
		}
		else {
			Line there = lines.get(same);
			lines.set(same,
					new Line(there.componentItemId(), there.quantity().add(line.quantity()), there.scrapPercent()));
		}
	}

	private static int indexOf(List<Line> lines, UUID component) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).componentItemId().equals(component)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A BOM line.
	 *
	 * @param componentItemId the component
	 * @param quantity how much per base quantity of the parent
	 * @param scrapPercent expected scrap in percent
	 */
	public record Line(UUID componentItemId, BigDecimal quantity, BigDecimal scrapPercent) {
	}

}
