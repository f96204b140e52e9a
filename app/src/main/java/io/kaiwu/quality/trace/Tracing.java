package io.kaiwu.quality.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.masterdata.PartnerCatalog;
import io.kaiwu.quality.inspection.InspectionCompleted;
import io.kaiwu.quality.inspection.LotInspections;
import io.kaiwu.quality.trace.Trace.DeliveryView;
import io.kaiwu.quality.trace.Trace.Direction;
import io.kaiwu.quality.trace.Trace.Edge;
import io.kaiwu.quality.trace.Trace.InspectionView;
import io.kaiwu.quality.trace.Trace.Node;
import io.kaiwu.quality.trace.Trace.Row;
import io.kaiwu.quality.trace.Trace.StepView;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Backward and forward traces (反向 / 正向追溯) from one lot or serial. Each direction is
 * walked breadth first, one query per level (per 500 units), up to the depth and size
 * limits of {@link TraceSettings}; then units, steps, deliveries and master data are read
 * in batches. Backward the trace reaches the supplier batches and suppliers, the
 * machines, operators and inspections of every step and the machines' telemetry around
 * the nearest steps; forward every lot and serial made from the origin and every delivery
 * that carried any of them.
 */
@Service
public class Tracing {

	/** The most inspected lots a trace asks the inspection records about. */
	static final int MAX_INSPECTED = 200;

	private final TraceUnits units;

	private final ProductionSteps steps;

	private final Deliveries deliveries;

	private final ItemCatalog items;

	private final PartnerCatalog partners;

	private final EquipmentCatalog equipment;

	private final StepTelemetry telemetry;

	private final ObjectProvider<LotInspections> inspections;

	private final TraceSettings settings;

	Tracing(TraceUnits units, ProductionSteps steps, Deliveries deliveries, ItemCatalog items, PartnerCatalog partners,
			EquipmentCatalog equipment, StepTelemetry telemetry, ObjectProvider<LotInspections> inspections,
			TraceSettings settings) {
		this.units = units;
		this.steps = steps;
		this.deliveries = deliveries;
		this.items = items;
		this.partners = partners;
		this.equipment = equipment;
		this.telemetry = telemetry;
		this.inspections = inspections;
		this.settings = settings;
	}

	/** Links walked in one direction: unit → links from the origin, and the links. */
	private record Walk(Map<UUID, Integer> depth, List<Link> links, boolean truncated) {
	}

	private Walk walk(UUID origin, Function<Collection<UUID>, List<Link>> next, boolean backward) {
		Map<UUID, Integer> depth = new LinkedHashMap<>();
		List<Link> links = new ArrayList<>();
		Set<UUID> seen = new HashSet<>(Set.of(origin));
		List<UUID> frontier = List.of(origin);
		boolean truncated = false;
		for (int level = 1; !frontier.isEmpty(); level++) {
			List<Link> found = next.apply(frontier);
			if (found.isEmpty()) {
				break;
			}
			if (level > this.settings.maxDepth() || depth.size() >= this.settings.maxUnits()) {
				truncated = true;
				break;
			}
			List<UUID> following = new ArrayList<>();
			for (Link link : found) {
				links.add(link);
				UUID other = backward ? link.from() : link.to();
				if (seen.add(other)) {
					depth.put(other, level);
					following.add(other);
				}
			}
			frontier = following;
		}
		return new Walk(depth, links, truncated);
	}

	@Transactional(readOnly = true)
	public Trace trace(TenantId tenant, UUID originId) {
		TraceUnit origin = this.units.find(tenant, originId)
			.orElseThrow(() -> new KaiwuProblem.NotFound("lot", originId));
		Walk back = walk(originId, (frontier) -> this.steps.madeFrom(tenant, frontier), true);
		Walk forward = walk(originId, (frontier) -> this.steps.madeInto(tenant, frontier), false);

		Set<UUID> all = new LinkedHashSet<>();
		all.add(originId);
		all.addAll(back.depth().keySet());
		all.addAll(forward.depth().keySet());
		Map<UUID, TraceUnit> unit = new HashMap<>();
		this.units.findAll(tenant, all).forEach((u) -> unit.put(u.id(), u));

		Set<UUID> upstream = new LinkedHashSet<>();
		upstream.add(originId);
		upstream.addAll(back.depth().keySet());
		Set<UUID> downstream = new LinkedHashSet<>();
		downstream.add(originId);
		downstream.addAll(forward.depth().keySet());

		Set<UUID> backSteps = new LinkedHashSet<>(this.steps.making(tenant, upstream));
		Set<UUID> forwardSteps = forward.links()
			.stream()
			.map(Link::stepId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		forwardSteps.removeAll(backSteps);
		Set<UUID> stepIds = new LinkedHashSet<>(backSteps);
		stepIds.addAll(forwardSteps);
		Map<UUID, ProductionStep> step = new HashMap<>();
		this.steps.findAll(tenant, stepIds).forEach((s) -> step.put(s.id(), s));
		List<Delivery> atRisk = this.deliveries.carrying(tenant, downstream);

		Names names = new Names(tenant);
		Map<UUID, List<InspectionView>> inspected = inspections(tenant, upstream, unit);

		// the graph: units by side, suppliers left of their lots, deliveries right of
		// theirs
		List<Node> nodes = new ArrayList<>();
		List<Edge> edges = new ArrayList<>();
		Map<UUID, Integer> column = new HashMap<>();
		column.put(originId, 0);
		back.depth().forEach((id, d) -> column.put(id, -d));
		forward.depth().forEach((id, d) -> column.putIfAbsent(id, d));
		for (UUID id : all) {
			TraceUnit u = unit.get(id);
			if (u == null) {
				continue;
			}
			nodes.add(new Node(id.toString(), u.form().name(), direction(id, originId, back), column.get(id),
					names.item(u.itemId()).code() + " · " + u.number(), id));
		}
		Set<String> suppliers = new HashSet<>();
		for (UUID id : upstream) {
			TraceUnit u = unit.get(id);
			if (u == null || u.supplierId() == null) {
				continue;
			}
			String node = "supplier:" + u.supplierId();
			if (suppliers.add(node)) {
				nodes.add(new Node(node, "SUPPLIER", Direction.BACKWARD, column.get(id) - 1,
						names.partner(u.supplierId()), null));
			}
			edges.add(new Edge(node, id.toString(), "SUPPLIED", u.supplierBatch(), u.quantity()));
		}
		Set<Link> drawn = new HashSet<>();
		for (Link link : concat(back.links(), forward.links())) {
			if (drawn.add(link) && unit.containsKey(link.from()) && unit.containsKey(link.to())) {
				ProductionStep s = step.get(link.stepId());
				edges.add(new Edge(link.from().toString(), link.to().toString(), "CONSUMED",
						(s != null) ? s.operation() : "", link.quantity()));
			}
		}
		for (Delivery d : atRisk) {
			String node = "delivery:" + d.id();
			int col = d.lines()
				.stream()
				.filter((l) -> column.containsKey(l.unitId()) && downstream.contains(l.unitId()))
				.mapToInt((l) -> column.get(l.unitId()))
				.max()
				.orElse(0) + 1;
			nodes.add(new Node(node, "DELIVERY", Direction.FORWARD, col,
					d.number() + " · " + names.partner(d.customerId()), null));
			for (Delivery.Line line : d.lines()) {
				if (downstream.contains(line.unitId())) {
					edges.add(new Edge(line.unitId().toString(), node, "DELIVERED", d.number(), line.quantity()));
				}
			}
		}

		// steps: backward ones nearest the origin first, then forward
		Map<UUID, List<ProductionStep>> madeBy = new HashMap<>();
		for (ProductionStep s : step.values()) {
			s.produced().forEach((p) -> madeBy.computeIfAbsent(p, (k) -> new ArrayList<>()).add(s));
		}
		Comparator<ProductionStep> nearest = Comparator
			.comparingInt((ProductionStep s) -> s.produced()
				.stream()
				.mapToInt((p) -> Math.abs(column.getOrDefault(p, 0)))
				.min()
				.orElse(0))
			.thenComparing(ProductionStep::startedAt, Comparator.reverseOrder());
		List<ProductionStep> backward = backSteps.stream()
			.map(step::get)
			.filter((s) -> s != null)
			.sorted(nearest)
			.toList();
		List<ProductionStep> onward = forwardSteps.stream()
			.map(step::get)
			.filter((s) -> s != null)
			.sorted(Comparator.comparing(ProductionStep::startedAt))
			.toList();
		List<StepView> stepViews = new ArrayList<>();
		int withTelemetry = 0;
		for (ProductionStep s : backward) {
			boolean read = withTelemetry < this.settings.telemetrySteps();
			StepView view = stepView(tenant, s, Direction.BACKWARD, unit, names, read);
			if (read && view.deviceId() != null) {
				withTelemetry++;
			}
			stepViews.add(view);
		}
		onward.forEach((s) -> stepViews.add(stepView(tenant, s, Direction.FORWARD, unit, names, false)));

		// the flat table
		List<Row> rows = new ArrayList<>();
		List<UUID> ordered = new ArrayList<>(all);
		ordered.sort(Comparator.comparingInt((UUID id) -> column.getOrDefault(id, 0))
			.thenComparing((id) -> unit.containsKey(id) ? unit.get(id).number() : ""));
		for (UUID id : ordered) {
			TraceUnit u = unit.get(id);
			if (u == null) {
				continue;
			}
			ItemSummary item = names.item(u.itemId());
			String made = madeBy.getOrDefault(id, List.of())
				.stream()
				.sorted(Comparator.comparing(ProductionStep::startedAt))
				.map((s) -> s.operation() + machineSuffix(names, s)
						+ ((s.operator() != null) ? " / " + s.operator() : ""))
				.collect(Collectors.joining("; "));
			String verdicts = inspected.getOrDefault(id, List.of())
				.stream()
				.map((i) -> i.kind() + " " + (i.accepted() ? "✔" : "✘") + " " + i.rejected() + "/" + i.sampleSize())
				.collect(Collectors.joining("; "));
			rows.add(new Row(direction(id, originId, back), Math.abs(column.getOrDefault(id, 0)), u.form().name(), id,
					u.number(), u.stage().name(), item.code(), item.name(), u.quantity(), u.unitCode(),
					(u.supplierId() != null) ? names.partner(u.supplierId()) : "",
					(u.supplierBatch() != null) ? u.supplierBatch() : "", u.madeAt(), made, verdicts, "", null));
		}
		List<DeliveryView> deliveryViews = new ArrayList<>();
		for (Delivery d : atRisk) {
			List<String> carried = new ArrayList<>();
			for (Delivery.Line line : d.lines()) {
				TraceUnit u = unit.get(line.unitId());
				if (u == null || !downstream.contains(line.unitId())) {
					continue;
				}
				carried.add(u.number() + " × " + line.quantity().toPlainString() + " " + u.unitCode());
				ItemSummary item = names.item(u.itemId());
				rows.add(new Row(Direction.FORWARD, Math.abs(column.getOrDefault(u.id(), 0)) + 1, "DELIVERY", u.id(),
						d.number(), "", item.code(), item.name(), line.quantity(), u.unitCode(), "", "", null,
						u.number(), "", names.partner(d.customerId()), d.deliveredOn()));
			}
			deliveryViews
				.add(new DeliveryView(d.id(), d.number(), names.partner(d.customerId()), d.deliveredOn(), carried));
		}
		List<InspectionView> inspectionViews = inspected.values().stream().flatMap(List::stream).toList();
		Node originNode = nodes.stream()
			.filter((n) -> originId.equals(n.unitId()))
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("lot", originId));
		return new Trace(originNode, nodes, edges, rows, stepViews, deliveryViews, inspectionViews,
				this.inspections.getIfAvailable() != null, back.truncated() || forward.truncated(),
				back.links().size() + forward.links().size());
	}

	private StepView stepView(TenantId tenant, ProductionStep s, Direction direction, Map<UUID, TraceUnit> unit,
			Names names, boolean readTelemetry) {
		EquipmentSummary machine = (s.equipmentId() != null) ? names.machine(s.equipmentId()).orElse(null) : null;
		java.util.UUID device = (machine != null) ? machine.deviceId() : null;
		List<SignalSummary> signals = (readTelemetry && device != null) ? this.telemetry.around(tenant, device, s)
				: List.of();
		List<String> consumed = s.consumed().stream().map((c) -> {
			TraceUnit u = unit.get(c.unitId());
			return (u != null) ? u.number() + " × " + c.quantity().toPlainString() + " " + u.unitCode()
					: c.unitId().toString();
		}).toList();
		List<String> produced = s.produced()
			.stream()
			.map((p) -> unit.containsKey(p) ? unit.get(p).number() : p.toString())
			.toList();
		return new StepView(s.id(), direction, s.operation(),
				(machine != null) ? machine.code() + " " + machine.name() : "", device,
				(s.operator() != null) ? s.operator() : "", (s.workOrder() != null) ? s.workOrder() : "", s.startedAt(),
				s.endedAt(), consumed, produced, signals,
				(device != null && readTelemetry) ? this.telemetry.from(s) : null,
				(device != null && readTelemetry) ? this.telemetry.to(s) : null);
	}

	private static String machineSuffix(Names names, ProductionStep s) {
		if (s.equipmentId() == null) {
			return "";
		}
		return names.machine(s.equipmentId()).map((m) -> " @ " + m.code()).orElse("");
	}

	private Map<UUID, List<InspectionView>> inspections(TenantId tenant, Set<UUID> upstream,
			Map<UUID, TraceUnit> unit) {
		LotInspections records = this.inspections.getIfAvailable();
		Map<UUID, List<InspectionView>> found = new LinkedHashMap<>();
		if (records == null) {
			return found;
		}
		int asked = 0;
		for (UUID id : upstream) {
			TraceUnit u = unit.get(id);
			if (u == null || asked++ >= MAX_INSPECTED) {
				continue;
			}
			for (InspectionCompleted i : records.of(tenant, u.itemId(), u.number())) {
				found.computeIfAbsent(id, (k) -> new ArrayList<>())
					.add(new InspectionView(u.number(), i.kind().name(), i.inspectedAt(), i.sampleSize(), i.rejected(),
							i.accepted()));
			}
		}
		return found;
	}

	private static Direction direction(UUID id, UUID origin, Walk back) {
		if (id.equals(origin)) {
			return Direction.ORIGIN;
		}
		return back.depth().containsKey(id) ? Direction.BACKWARD : Direction.FORWARD;
	}

	private static <T> List<T> concat(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** Master data looked up once per trace. */
	private final class Names {

		private final TenantId tenant;

		private final Map<UUID, ItemSummary> items = new HashMap<>();

		private final Map<UUID, String> partners = new HashMap<>();

		private final Map<UUID, Optional<EquipmentSummary>> machines = new HashMap<>();

		Names(TenantId tenant) {
			this.tenant = tenant;
		}

		ItemSummary item(UUID id) {
			return this.items.computeIfAbsent(id, (k) -> Tracing.this.items.item(this.tenant, k)
				.orElseGet(() -> new ItemSummary(k, "?", "?", "", io.kaiwu.masterdata.DataGrade.CORE)));
		}

		String partner(UUID id) {
			return this.partners.computeIfAbsent(id,
					(k) -> Tracing.this.partners.partner(this.tenant, k)
						.map((p) -> p.code() + " " + p.name())
						.orElse(k.toString()));
		}

		Optional<EquipmentSummary> machine(UUID id) {
			return this.machines.computeIfAbsent(id, (k) -> Tracing.this.equipment.equipment(this.tenant, k));
		}

	}

}
