package io.kaiwu.production.configurator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.configurator.ConfigurableProduct;
import io.kaiwu.production.configurator.ProductDraft;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * The definition page's form: a configurable product as the engineer typed it, every
 * value a string, items by code. Its inputs are named like the REST fields
 * ({@code groups[0].options[1].effects[0].resourceId}...), so a refusal of the service
 * names the very input it is about. Rows left wholly blank are dropped, and each list
 * gets one blank row to fill in.
 *
 * @param baseItemCode the base item's code
 * @param plantId the plant's id as chosen
 * @param name the product's name
 * @param groups the option groups
 * @param rules the rules
 */
record DefinitionForm(String baseItemCode, String plantId, String name, List<Group> groups, List<Rule> rules) {

	private static final Pattern GROUP = Pattern.compile("groups\\[(\\d+)]\\.(code|name|required|several)");

	private static final Pattern OPTION = Pattern.compile("groups\\[(\\d+)]\\.options\\[(\\d+)]\\.(code|name)");

	private static final Pattern EFFECT = Pattern
		.compile("groups\\[(\\d+)]\\.options\\[(\\d+)]\\.effects\\[(\\d+)]\\.(\\w+)");

	private static final Pattern RESOURCE = Pattern.compile(
			"groups\\[(\\d+)]\\.options\\[(\\d+)]\\.effects\\[(\\d+)]\\.resources\\[(\\d+)]\\.(resourceId|speedFactor)");

	private static final Pattern RULE = Pattern.compile("rules\\[(\\d+)]\\.(kind|option|other)");

	record Group(String code, String name, boolean required, boolean several, List<Option> options) {
	}

	record Option(String code, String name, List<Effect> effects) {
	}

	/** One effect; {@code component} and {@code replaced} are item codes. */
	record Effect(String kind, String component, String replaced, String quantity, String sequence,
			String operationCode, String operationName, String workCentreId, List<Resource> resources,
			String setupMinutes, String runSecondsPerUnit, String transferBatch, String factor) {

		boolean blank() {
			return (this.kind + this.component + this.replaced + this.quantity + this.sequence + this.operationCode
					+ this.operationName + this.workCentreId + this.setupMinutes + this.runSecondsPerUnit
					+ this.transferBatch + this.factor)
				.isBlank() && this.resources.isEmpty();
		}

	}

	record Resource(String resourceId, String speedFactor) {
	}

	record Rule(String kind, String option, String other) {
	}

	static DefinitionForm empty() {
		return new DefinitionForm("", "", "", List.of(), List.of());
	}

	/** The form of a saved product, items shown by code. */
	static DefinitionForm of(ConfigurableProduct product, Function<UUID, String> itemCode) {
		ProductDraft d = product.definition();
		List<Group> groups = new ArrayList<>();
		for (ProductDraft.Group g : list(d.groups())) {
			List<Option> options = new ArrayList<>();
			for (ProductDraft.Option o : list(g.options())) {
				List<Effect> effects = new ArrayList<>();
				for (ProductDraft.Effect e : list(o.effects())) {
					List<Resource> resources = list(e.resources()).stream()
						.map((r) -> new Resource(text(r.resourceId()), text(r.speedFactor())))
						.toList();
					effects.add(new Effect(text(e.kind()),
							(e.componentItemId() != null) ? itemCode.apply(e.componentItemId()) : "",
							(e.replacedItemId() != null) ? itemCode.apply(e.replacedItemId()) : "", text(e.quantity()),
							text(e.sequence()), text(e.operationCode()), text(e.operationName()),
							text(e.workCentreId()), resources, text(e.setupMinutes()), text(e.runSecondsPerUnit()),
							text(e.transferBatch()), text(e.factor())));
				}
				options.add(new Option(text(o.code()), text(o.name()), effects));
			}
			groups.add(new Group(text(g.code()), text(g.name()), Boolean.TRUE.equals(g.required()),
					Boolean.TRUE.equals(g.several()), options));
		}
		List<Rule> rules = list(d.rules()).stream()
			.map((r) -> new Rule(text(r.kind()), text(r.option()), text(r.other())))
			.toList();
		return new DefinitionForm(product.baseItemCode(), product.plantId().toString(), product.name(), groups, rules);
	}

	/** The form as posted, rows left wholly blank dropped. */
	static DefinitionForm of(MultiValueMap<String, String> params) {
		Map<Integer, Map<String, String>> groups = new TreeMap<>();
		Map<List<Integer>, Map<String, String>> options = new TreeMap<>(DefinitionForm::byIndexes);
		Map<List<Integer>, Map<String, String>> effects = new TreeMap<>(DefinitionForm::byIndexes);
		Map<List<Integer>, Map<String, String>> resources = new TreeMap<>(DefinitionForm::byIndexes);
		Map<Integer, Map<String, String>> rules = new TreeMap<>();
		params.forEach((name, values) -> {
			String value = values.isEmpty() ? "" : values.get(values.size() - 1).strip();
			Matcher m;
			if ((m = RESOURCE.matcher(name)).matches()) {
				resources.computeIfAbsent(indexes(m, 4), (k) -> new TreeMap<>()).put(m.group(5), value);
			}
			else if ((m = EFFECT.matcher(name)).matches()) {
				effects.computeIfAbsent(indexes(m, 3), (k) -> new TreeMap<>()).put(m.group(4), value);
			}
			else if ((m = OPTION.matcher(name)).matches()) {
				options.computeIfAbsent(indexes(m, 2), (k) -> new TreeMap<>()).put(m.group(3), value);
			}
			else if ((m = GROUP.matcher(name)).matches()) {
				groups.computeIfAbsent(Integer.valueOf(m.group(1)), (k) -> new TreeMap<>()).put(m.group(2), value);
			}
			else if ((m = RULE.matcher(name)).matches()) {
				rules.computeIfAbsent(Integer.valueOf(m.group(1)), (k) -> new TreeMap<>()).put(m.group(2), value);
			}
		});
		List<Group> formGroups = new ArrayList<>();
		groups.forEach((g, fields) -> {
			List<Option> formOptions = new ArrayList<>();
			options.forEach((o, optionFields) -> {
				if (o.get(0).equals(g)) {
					List<Effect> formEffects = new ArrayList<>();
					effects.forEach((e, f) -> {
						if (e.subList(0, 2).equals(o)) {
							List<Resource> formResources = new ArrayList<>();
							resources.forEach((r, rf) -> {
								if (r.subList(0, 3).equals(e)) {
									Resource resource = new Resource(get(rf, "resourceId"), get(rf, "speedFactor"));
									if (!(resource.resourceId() + resource.speedFactor()).isBlank()) {
										formResources.add(resource);
									}
								}
							});
							Effect effect = new Effect(get(f, "kind"), get(f, "component"), get(f, "replaced"),
									get(f, "quantity"), get(f, "sequence"), get(f, "operationCode"),
									get(f, "operationName"), get(f, "workCentreId"), formResources,
									get(f, "setupMinutes"), get(f, "runSecondsPerUnit"), get(f, "transferBatch"),
									get(f, "factor"));
							if (!effect.blank()) {
								formEffects.add(effect);
							}
						}
					});
					Option option = new Option(get(optionFields, "code"), get(optionFields, "name"), formEffects);
					if (!(option.code() + option.name()).isBlank() || !formEffects.isEmpty()) {
						formOptions.add(option);
					}
				}
			});
			Group group = new Group(get(fields, "code"), get(fields, "name"), "true".equals(fields.get("required")),
					"true".equals(fields.get("several")), formOptions);
			if (!(group.code() + group.name()).isBlank() || !formOptions.isEmpty()) {
				formGroups.add(group);
			}
		});
		List<Rule> formRules = new ArrayList<>();
		rules.values().forEach((f) -> {
			Rule rule = new Rule(get(f, "kind"), get(f, "option"), get(f, "other"));
			if (!(rule.option() + rule.other()).isBlank()) {
				formRules.add(rule);
			}
		});
		return new DefinitionForm(get(params.toSingleValueMap(), "baseItemCode"),
				get(params.toSingleValueMap(), "plantId"), get(params.toSingleValueMap(), "name"), formGroups,
				formRules);
	}

	/** The same form with one blank row at the end of every list, to fill in. */
	DefinitionForm withBlankRows() {
		Resource blankResource = new Resource("", "");
		Effect blankEffect = new Effect("", "", "", "", "", "", "", "", List.of(blankResource), "", "", "", "");
		Option blankOption = new Option("", "", List.of(blankEffect));
		List<Group> out = new ArrayList<>();
		for (Group g : this.groups) {
			List<Option> options = new ArrayList<>();
			for (Option o : g.options()) {
				List<Effect> effects = new ArrayList<>();
				for (Effect e : o.effects()) {
					List<Resource> resources = new ArrayList<>(e.resources());
					resources.add(blankResource);
					effects.add(new Effect(e.kind(), e.component(), e.replaced(), e.quantity(), e.sequence(),
							e.operationCode(), e.operationName(), e.workCentreId(), resources, e.setupMinutes(),
							e.runSecondsPerUnit(), e.transferBatch(), e.factor()));
				}
				effects.add(blankEffect);
				options.add(new Option(o.code(), o.name(), effects));
			}
			options.add(blankOption);
			out.add(new Group(g.code(), g.name(), g.required(), g.several(), options));
		}
		out.add(new Group("", "", false, false, List.of(blankOption)));
		List<Rule> rules = new ArrayList<>(this.rules);
		rules.add(new Rule("REQUIRES", "", ""));
		return new DefinitionForm(this.baseItemCode, this.plantId, this.name, out, rules);
	}

	/**
	 * What the service takes. Item codes are looked up, and what cannot be read (an
	 * unknown item code, a number or id that is not one) is left out for the service to
	 * miss and added to {@code errors} under the same field name, to stand in for the
	 * service's word on that field.
	 */
	ProductDraft draft(TenantId tenant, ItemCatalog items, List<FieldError> errors) {
		UUID base = item(tenant, items, this.baseItemCode, "baseItemId", errors);
		List<ProductDraft.Group> groups = new ArrayList<>();
		for (int g = 0; g < this.groups.size(); g++) {
			Group group = this.groups.get(g);
			List<ProductDraft.Option> options = new ArrayList<>();
			for (int o = 0; o < group.options().size(); o++) {
				Option option = group.options().get(o);
				List<ProductDraft.Effect> effects = new ArrayList<>();
				for (int e = 0; e < option.effects().size(); e++) {
					String at = "groups[" + g + "].options[" + o + "].effects[" + e + "].";
					Effect f = option.effects().get(e);
					List<ProductDraft.Resource> resources = new ArrayList<>();
					for (int r = 0; r < f.resources().size(); r++) {
						Resource resource = f.resources().get(r);
						resources.add(new ProductDraft.Resource(
								id(resource.resourceId(), at + "resources[" + r + "].resourceId", errors),
								number(resource.speedFactor(), at + "resources[" + r + "].speedFactor", errors)));
					}
					BigDecimal sequence = number(f.sequence(), at + "sequence", errors);
					effects.add(new ProductDraft.Effect(f.kind(),
							item(tenant, items, f.component(), at + "componentItemId", errors),
							item(tenant, items, f.replaced(), at + "replacedItemId", errors),
							number(f.quantity(), at + "quantity", errors), whole(sequence, at + "sequence", errors),
							f.operationCode(), f.operationName(), id(f.workCentreId(), at + "workCentreId", errors),
							resources, number(f.setupMinutes(), at + "setupMinutes", errors),
							number(f.runSecondsPerUnit(), at + "runSecondsPerUnit", errors),
							number(f.transferBatch(), at + "transferBatch", errors),
							number(f.factor(), at + "factor", errors)));
				}
				options.add(new ProductDraft.Option(option.code(), option.name(), effects));
			}
			groups.add(new ProductDraft.Group(group.code(), group.name(), group.required(), group.several(), options));
		}
		List<ProductDraft.Rule> rules = this.rules.stream()
			.map((r) -> new ProductDraft.Rule(r.kind(), r.option(), r.other()))
			.toList();
		return new ProductDraft(base, id(this.plantId, "plantId", errors), this.name, groups, rules);
	}

	private static @Nullable UUID item(TenantId tenant, ItemCatalog items, String code, String field,
			List<FieldError> errors) {
		if (code.isBlank()) {
			return null;
		}
		UUID id = items.byCode(tenant, code).map(ItemCatalog.ItemSummary::id).orElse(null);
		if (id == null) {
			errors.add(new FieldError(field, "configurator.definition.problem.item-code", code));
		}
		return id;
	}

	private static @Nullable UUID id(String text, String field, List<FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			errors.add(new FieldError(field, "configurator.definition.problem.choice", text));
			return null;
		}
	}

	private static @Nullable BigDecimal number(String text, String field, List<FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError(field, "configurator.definition.problem.number", text));
			return null;
		}
	}

	private static @Nullable Integer whole(@Nullable BigDecimal number, String field, List<FieldError> errors) {
		if (number == null) {
			return null;
		}
		try {
			return number.intValueExact();
		}
		catch (ArithmeticException ex) {
			errors.add(new FieldError(field, "configurator.definition.problem.number", number.toPlainString()));
			return null;
		}
	}

	private static List<Integer> indexes(Matcher m, int count) {
		List<Integer> out = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			out.add(Integer.valueOf(m.group(i)));
		}
		return out;
	}

	private static int byIndexes(List<Integer> a, List<Integer> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = Integer.compare(a.get(i), b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	private static String get(Map<String, String> fields, String name) {
		String value = fields.get(name);
		return (value != null) ? value.strip() : "";
	}

	private static String text(@Nullable Object value) {
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : "";
	}

	private static <T> List<T> list(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

}
