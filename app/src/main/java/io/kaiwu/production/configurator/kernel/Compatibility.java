package io.kaiwu.production.configurator.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kaiwu.production.configurator.kernel.ProductModel.Option;
import io.kaiwu.production.configurator.kernel.ProductModel.OptionGroup;
import io.kaiwu.production.configurator.kernel.ProductModel.Rule;

/**
 * The rules of a configurable product applied to a selection of option codes: whether the
 * selection is complete and consistent, and which options can still be picked.
 */
public final class Compatibility {

	private Compatibility() {
	}

	/**
	 * Every reason the selection cannot be ordered: an unknown option, a required group
	 * with nothing picked, two picks in a single-choice group, a REQUIRES not met, an
	 * EXCLUDES broken. Empty when it can.
	 */
	public static List<Refusal> check(ProductModel product, Collection<String> selection) {
		Set<String> picked = new LinkedHashSet<>(selection);
		List<Refusal> refusals = new ArrayList<>();
		for (String code : picked) {
			if (product.option(code).isEmpty()) {
				refusals.add(Refusal.of(Refusal.Kind.UNKNOWN_OPTION, code));
			}
		}
		for (OptionGroup group : product.groups()) {
			List<String> inGroup = group.options().stream().map(Option::code).filter(picked::contains).toList();
			if (group.required() && inGroup.isEmpty()) {
				refusals.add(Refusal.of(Refusal.Kind.REQUIRED_GROUP, group.code(), group.name()));
			}
			if (!group.several() && inGroup.size() > 1) {
				refusals.add(Refusal.of(Refusal.Kind.SINGLE_CHOICE, group.name(), inGroup.get(0), inGroup.get(1)));
			}
		}
		for (Rule rule : product.rules()) {
			if (rule.kind() == Rule.Kind.REQUIRES && picked.contains(rule.option()) && !picked.contains(rule.other())) {
				refusals.add(Refusal.of(Refusal.Kind.REQUIRES, rule.option(), rule.other()));
			}
			if (rule.kind() == Rule.Kind.EXCLUDES && picked.contains(rule.option()) && picked.contains(rule.other())) {
				refusals.add(Refusal.of(Refusal.Kind.EXCLUDES, rule.option(), rule.other()));
			}
		}
		return refusals;
	}

	/**
	 * Every option of the product with whether it is picked, and for one not picked
	 * whether it can still be and why not. Picking an option of a single-choice group
	 * replaces the pick there, so that alone never rules an option out.
	 */
	public static List<Choice> compatible(ProductModel product, Collection<String> selection) {
		Set<String> picked = new LinkedHashSet<>(selection);
		List<Choice> choices = new ArrayList<>();
		for (OptionGroup group : product.groups()) {
			for (Option option : group.options()) {
				boolean selected = picked.contains(option.code());
				List<Refusal> reasons = selected ? List.of() : whyNot(product, option.code(), picked);
				choices.add(new Choice(group.code(), option.code(), selected, reasons.isEmpty(), reasons));
			}
		}
		return choices;
	}

	/**
	 * The options of the selection in the product's order: groups first, then options.
	 */
	public static List<Option> chosen(ProductModel product, Collection<String> selection) {
		return product.groups()
			.stream()
			.flatMap((g) -> g.options().stream())
			.filter((o) -> selection.contains(o.code()))
			.toList();
	}

	private static List<Refusal> whyNot(ProductModel product, String candidate, Set<String> picked) {
		List<Refusal> reasons = new ArrayList<>();
		Set<String> after = afterPicking(product, candidate, picked);
		for (Rule rule : product.rules()) {
			if (rule.kind() == Rule.Kind.EXCLUDES && rule.names(candidate)
					&& after.contains(rule.partnerOf(candidate))) {
				reasons.add(Refusal.of(Refusal.Kind.EXCLUDES, candidate, rule.partnerOf(candidate)));
			}
			if (rule.kind() == Rule.Kind.REQUIRES && rule.option().equals(candidate) && !after.contains(rule.other())) {
				blocker(product, rule.other(), after).ifPresent((blocker) -> reasons
					.add(Refusal.of(Refusal.Kind.REQUIRES_BLOCKED, candidate, rule.other(), blocker)));
			}
		}
		return reasons;
	}

	/**
	 * The selection once the candidate is picked: it replaces the pick of its
	 * single-choice group.
	 */
	private static Set<String> afterPicking(ProductModel product, String candidate, Set<String> picked) {
		Set<String> after = new LinkedHashSet<>(picked);
		product.groupOf(candidate)
			.filter((g) -> !g.several())
			.ifPresent((g) -> g.options().forEach((o) -> after.remove(o.code())));
		after.add(candidate);
		return after;
	}

	/**
	 * An option of the selection that keeps {@code needed} from being picked too, if any.
	 */
	private static Optional<String> blocker(ProductModel product, String needed, Set<String> selection) {
		for (Rule rule : product.rules()) {
			if (rule.kind() == Rule.Kind.EXCLUDES && rule.names(needed) && selection.contains(rule.partnerOf(needed))) {
				return Optional.of(rule.partnerOf(needed));
			}
		}
		return product.groupOf(needed)
			.filter((g) -> !g.several())
			.flatMap((g) -> g.options().stream().map(Option::code).filter(selection::contains).findFirst());
	}

	/**
	 * One option as the configurator offers it.
	 *
	 * @param group its group's code
	 * @param option its code
	 * @param selected whether it is picked
	 * @param available whether it can be picked (always for a picked one)
	 * @param reasons why it cannot, when it cannot
	 */
	public record Choice(String group, String option, boolean selected, boolean available, List<Refusal> reasons) {

		public Choice {
			reasons = List.copyOf(reasons);
		}

	}

}
