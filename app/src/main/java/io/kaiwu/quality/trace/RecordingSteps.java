package io.kaiwu.quality.trace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.quality.Genealogy;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records production steps into the genealogy, for the REST API and for production
 * (through {@link Genealogy}). Everything is checked before anything is written: the
 * units exist, the step closes no loop, no lot gives more than it has left. The units
 * involved are locked while checking, so two steps cannot both take a lot's last
 * kilogram. Audited as {@code quality-production-step}.
 */
@Service
public class RecordingSteps implements Genealogy {

	static final String AUDITED = "quality-production-step";

	private final TraceUnits units;

	private final ProductionSteps steps;

	private final RegisteringLots managing;

	private final EquipmentCatalog equipment;

	private final DeliveringUnits deliveries;

	private final ApplicationEventPublisher events;

	RecordingSteps(TraceUnits units, ProductionSteps steps, RegisteringLots managing, EquipmentCatalog equipment,
			DeliveringUnits deliveries, ApplicationEventPublisher events) {
		this.units = units;
		this.steps = steps;
		this.managing = managing;
		this.equipment = equipment;
		this.deliveries = deliveries;
		this.events = events;
	}

	@Override
	@Transactional
	public UUID recordDelivery(TenantId tenant, Delivered delivery) {
		return this.deliveries
			.deliver(tenant,
					new DeliveryDraft(delivery.deliveryNumber(), delivery.customerId(), null,
							delivery.deliveredOn().toString(),
							delivery.delivered()
								.stream()
								.map((d) -> new DeliveryDraft.LineDraft(d.unitId(), d.quantity()))
								.toList()))
			.id();
	}

	@Override
	@Transactional
	public UUID registerMade(TenantId tenant, Made made) {
		return this.managing
			.registerMade(tenant, made.form(), made.stage(), made.itemId(), made.number(), made.quantity(),
					made.madeAt())
			.id();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> find(TenantId tenant, Form form, UUID itemId, String number) {
		return this.managing.find(tenant, form, itemId, number).map(TraceUnit::id);
	}

	@Override
	@Transactional
	public UUID recordStep(TenantId tenant, Step step) {
		return record(tenant, step).id();
	}

	@Transactional
	public ProductionStep record(TenantId tenant, Step step) {
		List<FieldError> errors = new ArrayList<>();
		String operation = RegisteringLots.text(step.operation());
		if (operation == null) {
			errors.add(new FieldError("operation", "quality.trace.problem.operation-missing"));
		}
		else if (operation.length() > 100) {
			errors.add(new FieldError("operation", "problem.field.too-long", 100));
		}
		if (step.equipmentId() != null && this.equipment.equipment(tenant, step.equipmentId()).isEmpty()) {
			errors.add(new FieldError("equipmentId", "quality.trace.problem.unknown-machine", step.equipmentId()));
		}
		String operator = FieldChecks.optional(step.operator(), "operator", 100, errors);
		String workOrder = FieldChecks.optional(step.workOrder(), "workOrder", 64, errors);
		if (step.endedAt().isBefore(step.startedAt())) {
			errors.add(new FieldError("endedAt", "quality.trace.problem.window", step.startedAt(), step.endedAt()));
		}
		if (step.produced().isEmpty()) {
			errors.add(new FieldError("produced", "quality.trace.problem.produced-missing"));
		}
		Set<UUID> involved = new LinkedHashSet<>(step.produced());
		step.consumed().forEach((c) -> involved.add(c.unitId()));
		Map<UUID, TraceUnit> found = new HashMap<>();
		this.units.lock(tenant, involved).forEach((u) -> found.put(u.id(), u));
		List<GenealogyRules.Take> takes = new ArrayList<>();
		for (int i = 0; i < step.consumed().size(); i++) {
			Consumed c = step.consumed().get(i);
			TraceUnit unit = found.get(c.unitId());
			if (unit == null) {
				errors.add(
						new FieldError("consumed[" + i + "].unitId", "quality.trace.problem.unknown-unit", c.unitId()));
			}
			else {
				takes.add(new GenealogyRules.Take(i, unit, c.quantity()));
			}
		}
		List<TraceUnit> produced = new ArrayList<>();
		for (int i = 0; i < step.produced().size(); i++) {
			TraceUnit unit = found.get(step.produced().get(i));
			if (unit == null) {
				errors.add(new FieldError("produced[" + i + "]", "quality.trace.problem.unknown-unit",
						step.produced().get(i)));
			}
			else {
				produced.add(unit);
			}
		}
		errors.addAll(GenealogyRules.outputs(produced));
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Map<UUID, UnitBalance> balances = new HashMap<>();
		takes.forEach((t) -> balances.put(t.unit().id(), this.managing.balance(tenant, t.unit())));
		Optional<List<UUID>> loop = GenealogyRules.loop(takes.stream().map((t) -> t.unit().id()).toList(),
				step.produced(), (frontier) -> this.steps.successors(tenant, frontier));
		loop.ifPresent((path) -> errors.add(loopRefused(tenant, path, found)));
		errors.addAll(GenealogyRules.quantities("consumed", takes, balances));
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		ProductionStep recorded = new ProductionStep(UUID.randomUUID(), tenant, operation, step.equipmentId(), operator,
				workOrder, step.startedAt(), step.endedAt(), CurrentPrincipal.actorName(), Instant.now(),
				step.consumed()
					.stream()
					.map((c) -> new Consumed(c.unitId(), c.quantity().stripTrailingZeros()))
					.toList(),
				List.copyOf(new LinkedHashSet<>(step.produced())));
		this.steps.insert(recorded);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, recorded.id(), recorded));
		return recorded;
	}

	@Transactional(readOnly = true)
	public ProductionStep get(TenantId tenant, UUID id) {
		return this.steps.findAll(tenant, List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("production-step", id));
	}

	/**
	 * The refusal of a loop, naming it: {@code path} runs from an output of the step
	 * forward to an input it was already used to make.
	 */
	private FieldError loopRefused(TenantId tenant, List<UUID> path, Map<UUID, TraceUnit> known) {
		Map<UUID, String> numbers = new HashMap<>();
		known.forEach((id, u) -> numbers.put(id, u.number()));
		List<UUID> unknown = path.stream().filter((id) -> !numbers.containsKey(id)).toList();
		this.units.findAll(tenant, unknown).forEach((u) -> numbers.put(u.id(), u.number()));
		String chain = path.stream()
			.map((id) -> numbers.getOrDefault(id, id.toString()))
			.collect(Collectors.joining(" → "));
		String output = numbers.get(path.get(0));
		String input = numbers.get(path.get(path.size() - 1));
		if (path.size() == 1) {
			return new FieldError("consumed", "quality.trace.problem.consumes-itself", output);
		}
		return new FieldError("consumed", "quality.trace.problem.loop", input, output, chain);
	}

}
