package io.kaiwu.production.configurator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.masterdata.ItemVariants;
import io.kaiwu.production.bom.BomDraft;
import io.kaiwu.production.bom.Boms;
import io.kaiwu.production.bom.ManagingBoms;
import io.kaiwu.production.configurator.kernel.Compatibility;
import io.kaiwu.production.configurator.kernel.Composition;
import io.kaiwu.production.configurator.kernel.Effect;
import io.kaiwu.production.configurator.kernel.ProductModel;
import io.kaiwu.production.configurator.kernel.Refusal;
import io.kaiwu.production.configurator.kernel.VariantBom;
import io.kaiwu.production.configurator.kernel.VariantCode;
import io.kaiwu.production.configurator.kernel.VariantRouting;
import io.kaiwu.production.order.CustomerOrder;
import io.kaiwu.production.order.CustomerOrderDraft;
import io.kaiwu.production.order.ManagingCustomerOrders;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.ProductionOrderDraft;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.production.routing.ManagingRoutings;
import io.kaiwu.production.routing.RoutingDetails;
import io.kaiwu.production.routing.RoutingDraft;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a selection of options into a variant: evaluates it (what can still be picked and
 * why not, the variant code, the BOM and routing it would get) and orders it. An order
 * makes, or finds again by its code, the variant item in master data with its BOM and
 * routing (version A, effective from the day of the first order in the plant's time
 * zone), enters a customer order and a production order for it and releases that, so the
 * next plan schedules it like any other. All in one transaction: a refused order leaves
 * nothing behind.
 */
@Service
public class Configuring {

	static final String AUDITED = "production-configuration";

	private static final String VERSION = "A";

	private final ManagingConfigurableProducts products;

	private final ConfiguredOrderRows configurations;

	private final ManagingBoms boms;

	private final ManagingRoutings routings;

	private final ItemCatalog items;

	private final ItemVariants variants;

	private final WorkCentres centres;

	private final ManagingCustomerOrders customerOrders;

	private final ManagingProductionOrders productionOrders;

	private final ProblemDetails messages;

	private final ApplicationEventPublisher events;

	Configuring(ManagingConfigurableProducts products, ConfiguredOrderRows configurations, ManagingBoms boms,
			ManagingRoutings routings, ItemCatalog items, ItemVariants variants, WorkCentres centres,
			ManagingCustomerOrders customerOrders, ManagingProductionOrders productionOrders, ProblemDetails messages,
			ApplicationEventPublisher events) {
		this.products = products;
		this.configurations = configurations;
		this.boms = boms;
		this.routings = routings;
		this.items = items;
		this.variants = variants;
		this.centres = centres;
		this.customerOrders = customerOrders;
		this.productionOrders = productionOrders;
		this.messages = messages;
		this.events = events;
	}

	/** A selection worked out against the product and today's base BOM and routing. */
	private record Variant(ConfigurableProduct product, ProductModel model, List<String> selection, String code,
			List<Refusal> refusals, BigDecimal baseQuantity, List<VariantBom.Line> baseBom,
			Composition<VariantBom.Line> bom, List<VariantRouting.Step> baseRouting,
			Composition<VariantRouting.Step> routing, String family, LocalDate today) {
	}

	@Transactional(readOnly = true)
	public Evaluation evaluate(TenantId tenant, UUID productId, @Nullable Collection<String> selection) {
		Variant v = variant(tenant, this.products.get(tenant, productId), selection);
		Map<String, String> names = new HashMap<>();
		v.model().groups().forEach((g) -> g.options().forEach((o) -> names.put(o.code(), o.name())));
		List<Evaluation.OptionState> options = Compatibility.compatible(v.model(), v.selection())
			.stream()
			.map((c) -> new Evaluation.OptionState(c.group(), c.option(), names.get(c.option()), c.selected(),
					c.available(), c.reasons().stream().map((r) -> message(tenant, r)).toList()))
			.toList();
		List<Evaluation.BomRow> bom = v.bom().parts().stream().map((l) -> {
			ItemSummary item = item(tenant, l.componentItemId());
			return new Evaluation.BomRow(item.code(), item.name(), l.quantity(), l.scrapPercent(),
					!v.baseBom().contains(l));
		}).toList();
		Map<UUID, String> centreCodes = new HashMap<>();
		List<Evaluation.StepRow> routing = v.routing().parts().stream().map((s) -> {
			String centre = centreCodes.computeIfAbsent(s.workCentreId(),
					(id) -> this.centres.workCentre(tenant, id)
						.map(WorkCentres.WorkCentre::code)
						.orElse(id.toString()));
			return new Evaluation.StepRow(s.sequence(), s.operationCode(), s.name(), centre, s.setupMinutes(),
					s.runSecondsPerUnit(), !v.baseRouting().contains(s));
		}).toList();
		return new Evaluation(productId, v.selection(), v.code(),
				this.items.byCode(tenant, v.code()).map(ItemSummary::id).orElse(null), v.refusals().isEmpty(),
				v.refusals()
					.stream()
					.map((r) -> new Evaluation.Reason(r.kind().name(), r.args(), message(tenant, r)))
					.toList(),
				options, bom, routing);
	}

	@Transactional
	public ConfiguredOrder configure(TenantId tenant, UUID productId, ConfiguredOrderDraft draft) {
		Variant v = variant(tenant, this.products.get(tenant, productId), draft.options());
		List<FieldError> errors = new ArrayList<>();
		for (Refusal refusal : v.refusals()) {
			errors.add(new FieldError("options", key(refusal), args(tenant, refusal)));
		}
		BigDecimal quantity = draft.quantity();
		if (quantity == null || quantity.signum() <= 0) {
			errors.add(new FieldError("quantity", "configurator.problem.quantity", String.valueOf(quantity)));
		}
		LocalDate due = null;
		try {
			due = (draft.dueDate() != null) ? LocalDate.parse(draft.dueDate().strip()) : null;
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		if (due == null) {
			errors.add(new FieldError("dueDate", "configurator.problem.due-date", String.valueOf(draft.dueDate())));
		}
		if (draft.customerId() == null && (draft.customerCode() == null || draft.customerCode().isBlank())) {
			errors.add(new FieldError("customerId", "configurator.problem.customer-required"));
		}
		if (!errors.isEmpty() || quantity == null || due == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		ConfigurableProduct product = v.product();
		ItemSummary variant;
		try {
			variant = variantWithBomAndRouting(tenant, v);
		}
		catch (DuplicateKeyException ex) {
			// another order made the same new variant at the same moment; its commit won
			throw new KaiwuProblem.Conflict("configurator.problem.variant-busy", v.code());
		}
		CustomerOrder customerOrder = this.customerOrders.create(tenant,
				new CustomerOrderDraft(draft.customerId(), draft.customerCode(), product.plantId(),
						draft.customerReference(), v.code() + " = " + String.join(" + ", v.selection()),
						List.of(new CustomerOrderDraft.LineDraft(variant.id(), null, quantity, due.toString(),
								draft.priority()))));
		ProductionOrder created = this.productionOrders.create(tenant,
				new ProductionOrderDraft(null, null, null, null, null, null, customerOrder.lines().get(0).id()));
		ProductionOrder released = this.productionOrders.release(tenant, created.id());
		ConfiguredOrder configuration = new ConfiguredOrder(UUID.randomUUID(), productId,
				v.selection().stream().sorted().toList(), v.code(), variant.id(), quantity, due, customerOrder.id(),
				customerOrder.number(), released.id(), released.number(), CurrentPrincipal.actorName(), Instant.now());
		this.configurations.insert(tenant, configuration);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, configuration.id(), configuration));
		return configuration;
	}

	/**
	 * The variant item, made the first time with BOM and routing version A effective from
	 * today; found again, with what it already has, every later time.
	 */
	private ItemSummary variantWithBomAndRouting(TenantId tenant, Variant v) {
		ItemSummary variant = this.variants.variantOf(tenant, v.product().baseItemId(), v.code(), variantName(v));
		if (this.boms.versions(tenant, variant.id()).isEmpty() && !v.bom().parts().isEmpty()) {
			this.boms.create(tenant,
					new BomDraft(variant.id(), VERSION, v.baseQuantity(), v.today(), null,
							v.bom()
								.parts()
								.stream()
								.map((l) -> new BomDraft.Line(l.componentItemId(), l.quantity(), l.scrapPercent()))
								.toList()));
		}
		if (this.routings.versions(tenant, variant.id()).isEmpty()) {
			this.routings.create(tenant, new RoutingDraft(variant.id(), VERSION, v.family(), v.today(), null,
					v.routing().parts().stream().map(Configuring::draftStep).toList()));
		}
		return variant;
	}

	/** The product's latest configurations, newest first. */
	@Transactional(readOnly = true)
	public List<ConfiguredOrder> recent(TenantId tenant, UUID productId) {
		return this.configurations.recent(tenant, productId, 20);
	}

	private Variant variant(TenantId tenant, ConfigurableProduct product, @Nullable Collection<String> selection) {
		ProductModel model = model(product);
		Set<String> picked = new LinkedHashSet<>();
		if (selection != null) {
			selection.stream().filter((s) -> s != null && !s.isBlank()).map(String::strip).forEach(picked::add);
		}
		List<String> ordered = new ArrayList<>(
				Compatibility.chosen(model, picked).stream().map(ProductModel.Option::code).toList());
		picked.stream().filter((code) -> !ordered.contains(code)).forEach(ordered::add);
		List<Refusal> refusals = new ArrayList<>(Compatibility.check(model, ordered));
		List<ProductModel.Option> chosen = Compatibility.chosen(model, ordered);
		LocalDate today = LocalDate.now(this.productionOrders.zone(tenant, product.plantId()));

		Optional<Boms.BomVersion> baseBom = this.boms.effective(tenant, product.baseItemId(), today);
		BigDecimal baseQuantity = baseBom.map(Boms.BomVersion::baseQuantity).orElse(BigDecimal.ONE);
		List<VariantBom.Line> bomLines = baseBom
			.map((b) -> b.lines()
				.stream()
				.map((l) -> new VariantBom.Line(l.componentItemId(), l.quantity(), l.scrapPercent()))
				.toList())
			.orElse(List.of());
		Composition<VariantBom.Line> bom = VariantBom.compose(baseQuantity, bomLines, chosen);

		Optional<RoutingDetails> baseRouting = this.routings
			.effective(tenant, product.baseItemId(), product.plantId(), today)
			.map((r) -> this.routings.get(tenant, r.id()));
		List<VariantRouting.Step> steps = baseRouting.map((r) -> r.steps().stream().map(Configuring::step).toList())
			.orElse(List.of());
		Composition<VariantRouting.Step> routing = VariantRouting.compose(steps, chosen);
		refusals.addAll(bom.refusals());
		refusals.addAll(routing.refusals());
		if (routing.parts().isEmpty()) {
			refusals.add(new Refusal(Refusal.Kind.NO_ROUTING, List.of(product.baseItemCode(), today.toString())));
		}
		String code = VariantCode.of(product.baseItemCode(),
				ordered.stream().filter((o) -> model.option(o).isPresent()).toList());
		String family = baseRouting.map(RoutingDetails::productFamily).orElse(product.baseItemCode());
		return new Variant(product, model, ordered, code, refusals, baseQuantity, bomLines, bom, steps, routing, family,
				today);
	}

	/** The product's definition as the kernel reads it. */
	static ProductModel model(ConfigurableProduct product) {
		ProductDraft d = product.definition();
		return new ProductModel(product.baseItemCode(),
				d.groups()
					.stream()
					.map((g) -> new ProductModel.OptionGroup(g.code(), g.name(), Boolean.TRUE.equals(g.required()),
							Boolean.TRUE.equals(g.several()),
							g.options()
								.stream()
								.map((o) -> new ProductModel.Option(o.code(), o.name(),
										o.effects().stream().map(Configuring::effect).toList()))
								.toList()))
					.toList(),
				d.rules()
					.stream()
					.map((r) -> new ProductModel.Rule(ProductModel.Rule.Kind.valueOf(r.kind()), r.option(), r.other()))
					.toList());
	}

	private static Effect effect(ProductDraft.Effect e) {
		return switch (EffectKind.valueOf(e.kind())) {
			case ADD_COMPONENT -> new Effect.AddComponent(e.componentItemId(), e.quantity());
			case REPLACE_COMPONENT ->
				new Effect.ReplaceComponent(e.replacedItemId(), e.componentItemId(), e.quantity());
			case RUN_FACTOR -> new Effect.RunFactor(e.sequence(), e.factor());
			case EXTRA_STEP -> new Effect.ExtraStep(
					new VariantRouting.Step(e.sequence(), e.operationCode(), e.operationName(), e.workCentreId(),
							e.resources()
								.stream()
								.map((r) -> new VariantRouting.Resource(r.resourceId(), r.speedFactor()))
								.toList(),
							e.setupMinutes(), e.runSecondsPerUnit(), e.transferBatch()));
		};
	}

	private static VariantRouting.Step step(RoutingDetails.Step s) {
		return new VariantRouting.Step(s.sequence(), s.operationCode(), s.name(), s.workCentreId(),
				s.resources()
					.stream()
					.map((a) -> new VariantRouting.Resource(a.resourceId(), a.speedFactor()))
					.toList(),
				s.setupMinutes(), s.runSecondsPerUnit(), s.transferBatch());
	}

	private static RoutingDraft.Step draftStep(VariantRouting.Step s) {
		return new RoutingDraft.Step(s.sequence(), s.operationCode(), s.name(), s.workCentreId(),
				s.resources()
					.stream()
					.map((r) -> new RoutingDraft.Alternative(r.resourceId(), r.speedFactor()))
					.toList(),
				s.setupMinutes(), s.runSecondsPerUnit(), s.transferBatch());
	}

	/** The variant's name: the product's and the chosen options' names. */
	private static String variantName(Variant v) {
		List<String> names = Compatibility.chosen(v.model(), v.selection())
			.stream()
			.map(ProductModel.Option::name)
			.toList();
		return names.isEmpty() ? v.product().name() : v.product().name() + " (" + String.join(", ", names) + ")";
	}

	private String message(TenantId tenant, Refusal refusal) {
		return this.messages.message(key(refusal), args(tenant, refusal));
	}

	private static String key(Refusal refusal) {
		return "configurator.refusal." + refusal.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The refusal's arguments, a component's id given as its item code. */
	private Object[] args(TenantId tenant, Refusal refusal) {
		List<String> args = new ArrayList<>(refusal.args());
		if (refusal.kind() == Refusal.Kind.REPLACED_MISSING) {
			args.set(1, item(tenant, UUID.fromString(args.get(1))).code());
		}
		return args.toArray();
	}

	private ItemSummary item(TenantId tenant, UUID id) {
		return this.items.item(tenant, id)
			.orElseGet(() -> new ItemSummary(id, id.toString(), "?", "", io.kaiwu.masterdata.DataGrade.GENERAL));
	}

}
