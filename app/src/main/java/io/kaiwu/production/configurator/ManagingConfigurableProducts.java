package io.kaiwu.production.configurator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.production.resource.Codes;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the tenant's configurable products. A definition is checked as a whole before
 * anything is written, and a refusal names the field of the group, option, effect or rule
 * at fault: codes unique in the product, items, work centres (of the product's plant) and
 * resources (of that work centre) known, quantities and factors above zero, rules between
 * two different known options. Changes are audited
 * ({@code production-configurable-product}).
 */
@Service
public class ManagingConfigurableProducts {

	static final String AUDITED = "production-configurable-product";

	private static final BigDecimal MAX = new BigDecimal("1000000000");

	private final ProductRows rows;

	private final ItemCatalog items;

	private final WorkCentres centres;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	ManagingConfigurableProducts(ProductRows rows, ItemCatalog items, WorkCentres centres,
			EnterpriseStructure structure, ApplicationEventPublisher events) {
		this.rows = rows;
		this.items = items;
		this.centres = centres;
		this.structure = structure;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ConfigurableProduct> all(TenantId tenant) {
		return this.rows.headers(tenant).stream().map((h) -> product(tenant, h)).toList();
	}

	@Transactional(readOnly = true)
	public ConfigurableProduct get(TenantId tenant, UUID id) {
		return this.rows.header(tenant, id)
			.map((h) -> product(tenant, h))
			.orElseThrow(() -> new KaiwuProblem.NotFound("configurable-product", id));
	}

	@Transactional
	public ConfigurableProduct create(TenantId tenant, ProductDraft draft) {
		ProductDraft checked = checked(tenant, draft);
		this.rows.ofItem(tenant, checked.baseItemId()).ifPresent((other) -> {
			throw new KaiwuProblem.Conflict("configurator.problem.product-taken",
					item(tenant, checked.baseItemId()).code());
		});
		ProductRows.Header header = new ProductRows.Header(UUID.randomUUID(), checked.baseItemId(), checked.plantId(),
				checked.name(), CurrentPrincipal.actorName(), Instant.now());
		this.rows.insert(tenant, header);
		this.rows.insertDefinition(tenant, header.id(), checked);
		ConfigurableProduct created = get(tenant, header.id());
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, header.id(), audited(created)));
		return created;
	}

	@Transactional
	public ConfigurableProduct update(TenantId tenant, UUID id, ProductDraft draft) {
		ConfigurableProduct before = get(tenant, id);
		if (draft.baseItemId() != null && !draft.baseItemId().equals(before.baseItemId())) {
			throw new KaiwuProblem.InvalidInput("baseItemId", "configurator.problem.item-fixed", before.baseItemCode());
		}
		ProductDraft checked = checked(tenant,
				new ProductDraft(before.baseItemId(), draft.plantId(), draft.name(), draft.groups(), draft.rules()));
		ProductRows.Header header = new ProductRows.Header(id, before.baseItemId(), checked.plantId(), checked.name(),
				CurrentPrincipal.actorName(), Instant.now());
		this.rows.update(tenant, header);
		this.rows.insertDefinition(tenant, id, checked);
		ConfigurableProduct after = get(tenant, id);
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, audited(before), audited(after)));
		return after;
	}

	private ConfigurableProduct product(TenantId tenant, ProductRows.Header h) {
		ItemSummary base = item(tenant, h.baseItemId());
		return new ConfigurableProduct(h.id(), h.baseItemId(), base.code(), base.name(), h.plantId(), h.name(),
				this.rows.definition(tenant, h), h.updatedBy(), h.updatedAt());
	}

	private ItemSummary item(TenantId tenant, UUID id) {
		return this.items.item(tenant, id)
			.orElseGet(() -> new ItemSummary(id, id.toString(), "?", "", io.kaiwu.masterdata.DataGrade.GENERAL));
	}

	// ---- checks

	/**
	 * The draft with every needed field given and trimmed, or a refusal naming each
	 * fault.
	 */
	private ProductDraft checked(TenantId tenant, ProductDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		ItemSummary base = null;
		if (draft.baseItemId() == null) {
			errors.add(new FieldError("baseItemId", "configurator.problem.item-required"));
		}
		else {
			base = this.items.item(tenant, draft.baseItemId()).orElse(null);
			if (base == null) {
				errors.add(new FieldError("baseItemId", "configurator.problem.item-unknown", draft.baseItemId()));
			}
		}
		UUID plant = draft.plantId();
		if (plant == null) {
			errors.add(new FieldError("plantId", "mrp.stock.problem.plant-missing"));
		}
		else if (this.structure.findNode(tenant, plant).filter((n) -> n.level() == NodeLevel.SITE).isEmpty()) {
			errors.add(new FieldError("plantId", "mrp.stock.problem.plant-unknown", plant));
		}
		String name = (draft.name() == null || draft.name().isBlank()) ? ((base != null) ? base.name() : "")
				: Objects.requireNonNullElse(FieldChecks.required(draft.name(), "name", 200, errors), "");
		List<ProductDraft.Group> groups = (draft.groups() != null) ? draft.groups() : List.of();
		if (groups.isEmpty()) {
			errors.add(new FieldError("groups", "configurator.problem.no-groups"));
		}
		Set<String> groupCodes = new HashSet<>();
		Set<String> optionCodes = new HashSet<>();
		List<ProductDraft.Group> checkedGroups = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			checkedGroups
				.add(group(tenant, plant, groups.get(g), "groups[" + g + "]", groupCodes, optionCodes, errors));
		}
		List<ProductDraft.Rule> rules = (draft.rules() != null) ? draft.rules() : List.of();
		List<ProductDraft.Rule> checkedRules = new ArrayList<>();
		for (int r = 0; r < rules.size(); r++) {
			checkedRules.add(rule(rules.get(r), "rules[" + r + "]", optionCodes, errors));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new ProductDraft(draft.baseItemId(), plant, name, checkedGroups, checkedRules);
	}

	private ProductDraft.Group group(TenantId tenant, @Nullable UUID plant, ProductDraft.@Nullable Group group,
			String at, Set<String> groupCodes, Set<String> optionCodes, List<FieldError> errors) {
		if (group == null) {
			errors.add(new FieldError(at, "configurator.problem.empty"));
			return new ProductDraft.Group("", "", false, false, List.of());
		}
		String code = Codes.code(group.code(), at + ".code", errors);
		if (!code.isEmpty() && !groupCodes.add(code)) {
			errors.add(new FieldError(at + ".code", "configurator.problem.group-repeated", code));
		}
		String name = Objects.requireNonNullElse(FieldChecks.required(group.name(), at + ".name", 200, errors), "");
		List<ProductDraft.Option> options = (group.options() != null) ? group.options() : List.of();
		if (options.isEmpty()) {
			errors.add(new FieldError(at + ".options", "configurator.problem.no-options", code));
		}
		List<ProductDraft.Option> checked = new ArrayList<>();
		for (int o = 0; o < options.size(); o++) {
			String path = at + ".options[" + o + "]";
			ProductDraft.Option option = options.get(o);
			if (option == null) {
				errors.add(new FieldError(path, "configurator.problem.empty"));
				continue;
			}
			String optionCode = Codes.code(option.code(), path + ".code", errors);
			if (!optionCode.isEmpty() && !optionCodes.add(optionCode)) {
				errors.add(new FieldError(path + ".code", "configurator.problem.option-repeated", optionCode));
			}
			String optionName = Objects
				.requireNonNullElse(FieldChecks.required(option.name(), path + ".name", 200, errors), "");
			List<ProductDraft.Effect> effects = (option.effects() != null) ? option.effects() : List.of();
			List<ProductDraft.Effect> checkedEffects = new ArrayList<>();
			for (int e = 0; e < effects.size(); e++) {
				checkedEffects
					.add(effect(tenant, plant, effects.get(e), path + ".effects[" + e + "]", optionCode, errors));
			}
			checked.add(new ProductDraft.Option(optionCode, optionName, checkedEffects));
		}
		return new ProductDraft.Group(code, name, Boolean.TRUE.equals(group.required()),
				Boolean.TRUE.equals(group.several()), checked);
	}

	private ProductDraft.Effect effect(TenantId tenant, @Nullable UUID plant, ProductDraft.@Nullable Effect e,
			String at, String option, List<FieldError> errors) {
		if (e == null) {
			errors.add(new FieldError(at, "configurator.problem.empty"));
			return new ProductDraft.Effect(null, null, null, null, null, null, null, null, null, null, null, null,
					null);
		}
		EffectKind kind = EffectKind.of(e.kind());
		if (kind == null) {
			errors.add(
					new FieldError(at + ".kind", "configurator.problem.effect-kind", option, String.valueOf(e.kind())));
			return e;
		}
		BigDecimal quantity = e.quantity();
		switch (kind) {
			case ADD_COMPONENT -> {
				component(tenant, e.componentItemId(), at + ".componentItemId", option, errors);
				positive(quantity, at + ".quantity", option, errors);
			}
			case REPLACE_COMPONENT -> {
				component(tenant, e.replacedItemId(), at + ".replacedItemId", option, errors);
				component(tenant, e.componentItemId(), at + ".componentItemId", option, errors);
				if (quantity != null) {
					positive(quantity, at + ".quantity", option, errors);
				}
			}
			case EXTRA_STEP -> {
				return extraStep(tenant, plant, e, at, option, errors);
			}
			case RUN_FACTOR -> {
				sequence(e.sequence(), at + ".sequence", option, errors);
				positive(e.factor(), at + ".factor", option, errors);
			}
		}
		return new ProductDraft.Effect(kind.name(), e.componentItemId(), e.replacedItemId(), quantity, e.sequence(),
				null, null, null, List.of(), null, null, null, e.factor());
	}

	private ProductDraft.Effect extraStep(TenantId tenant, @Nullable UUID plant, ProductDraft.Effect e, String at,
			String option, List<FieldError> errors) {
		sequence(e.sequence(), at + ".sequence", option, errors);
		String code = Codes.code(e.operationCode(), at + ".operationCode", errors);
		String name = Objects
			.requireNonNullElse(FieldChecks.required(e.operationName(), at + ".operationName", 200, errors), "");
		WorkCentres.WorkCentre centre = null;
		if (e.workCentreId() == null) {
			errors.add(new FieldError(at + ".workCentreId", "configurator.problem.work-centre-required", option));
		}
		else {
			centre = this.centres.workCentre(tenant, e.workCentreId()).orElse(null);
			if (centre == null) {
				errors.add(new FieldError(at + ".workCentreId", "configurator.problem.work-centre-unknown", option,
						e.workCentreId()));
			}
			else if (plant != null && !centre.plantId().equals(plant)) {
				errors.add(new FieldError(at + ".workCentreId", "configurator.problem.work-centre-plant", option,
						centre.code()));
			}
		}
		List<ProductDraft.Resource> resources = (e.resources() != null) ? e.resources() : List.of();
		if (resources.isEmpty()) {
			errors.add(new FieldError(at + ".resources", "configurator.problem.resources-required", option));
		}
		List<ProductDraft.Resource> checked = new ArrayList<>();
		for (int i = 0; i < resources.size(); i++) {
			String path = at + ".resources[" + i + "].resourceId";
			ProductDraft.Resource r = resources.get(i);
			WorkCentres.Resource resource = (r != null && r.resourceId() != null)
					? this.centres.resource(tenant, r.resourceId()).orElse(null) : null;
			if (resource == null) {
				errors.add(new FieldError(path, "configurator.problem.resource-unknown", option,
						(r != null) ? String.valueOf(r.resourceId()) : ""));
				continue;
			}
			if (centre != null && !resource.workCentreId().equals(centre.id())) {
				errors.add(new FieldError(path, "configurator.problem.resource-centre", option, resource.code(),
						centre.code()));
			}
			BigDecimal speed = (r.speedFactor() != null) ? r.speedFactor() : BigDecimal.ONE;
			positive(speed, at + ".resources[" + i + "].speedFactor", option, errors);
			checked.add(new ProductDraft.Resource(resource.id(), speed));
		}
		BigDecimal setup = (e.setupMinutes() != null) ? e.setupMinutes() : BigDecimal.ZERO;
		BigDecimal run = (e.runSecondsPerUnit() != null) ? e.runSecondsPerUnit() : BigDecimal.ZERO;
		if (setup.signum() < 0 || setup.compareTo(MAX) >= 0) {
			errors.add(new FieldError(at + ".setupMinutes", "configurator.problem.time", option));
		}
		if (run.signum() < 0 || run.compareTo(MAX) >= 0) {
			errors.add(new FieldError(at + ".runSecondsPerUnit", "configurator.problem.time", option));
		}
		if (e.transferBatch() != null) {
			positive(e.transferBatch(), at + ".transferBatch", option, errors);
		}
		return new ProductDraft.Effect(EffectKind.EXTRA_STEP.name(), null, null, null, e.sequence(), code, name,
				e.workCentreId(), checked, setup, run, e.transferBatch(), null);
	}

	private ProductDraft.Rule rule(ProductDraft.@Nullable Rule rule, String at, Set<String> options,
			List<FieldError> errors) {
		if (rule == null) {
			errors.add(new FieldError(at, "configurator.problem.empty"));
			return new ProductDraft.Rule("", "", "");
		}
		String kind = (rule.kind() != null) ? rule.kind().strip().toUpperCase(Locale.ROOT) : "";
		if (!kind.equals("REQUIRES") && !kind.equals("EXCLUDES")) {
			errors.add(new FieldError(at + ".kind", "configurator.problem.rule-kind", String.valueOf(rule.kind())));
		}
		String option = (rule.option() != null) ? rule.option().strip() : "";
		String other = (rule.other() != null) ? rule.other().strip() : "";
		if (!options.contains(option)) {
			errors.add(new FieldError(at + ".option", "configurator.problem.rule-option", option));
		}
		if (!options.contains(other)) {
			errors.add(new FieldError(at + ".other", "configurator.problem.rule-option", other));
		}
		if (option.equals(other)) {
			errors.add(new FieldError(at + ".other", "configurator.problem.rule-same", option));
		}
		return new ProductDraft.Rule(kind, option, other);
	}

	private void component(TenantId tenant, @Nullable UUID id, String at, String option, List<FieldError> errors) {
		if (id == null) {
			errors.add(new FieldError(at, "configurator.problem.component-required", option));
		}
		else if (this.items.item(tenant, id).isEmpty()) {
			errors.add(new FieldError(at, "configurator.problem.component-unknown", option, id));
		}
	}

	private static void positive(@Nullable BigDecimal value, String at, String option, List<FieldError> errors) {
		if (value == null || value.signum() <= 0 || value.compareTo(MAX) >= 0) {
			errors.add(new FieldError(at, "configurator.problem.positive", option));
		}
	}

	private static void sequence(@Nullable Integer value, String at, String option, List<FieldError> errors) {
		if (value == null || value < 1 || value > 99999) {
			errors.add(new FieldError(at, "configurator.problem.sequence", option));
		}
	}

	private static Map<String, Object> audited(ConfigurableProduct p) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("item", p.baseItemCode());
		audit.put("name", p.name());
		audit.put("groups",
				p.definition()
					.groups()
					.stream()
					.map((g) -> g.code() + ": " + g.options().stream().map(ProductDraft.Option::code).toList())
					.toList());
		audit.put("rules",
				p.definition().rules().stream().map((r) -> r.option() + " " + r.kind() + " " + r.other()).toList());
		return audit;
	}

}
