package io.kaiwu.production.resource;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.FieldChecks;
import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.maintenance.PlannedMaintenance;
import io.kaiwu.masterdata.PlannedShift;
import io.kaiwu.masterdata.SiteWorkingTime;
import io.kaiwu.production.resource.kernel.FreeTime;
import io.kaiwu.production.resource.kernel.Span;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work centres in the plants and the resources in them. A plant is a site of the
 * enterprise structure; a resource may be bound to one machine of that plant, and a
 * machine to one resource only. What routings still use cannot be deleted. Changes are
 * audited ({@code production-work-centre}, {@code production-resource}).
 */
@Service
public class ManagingWorkCentres implements WorkCentres {

	private static final RowMapper<WorkCentre> CENTRE = (rs, n) -> new WorkCentre(rs.getObject("id", UUID.class),
			rs.getObject("plant_id", UUID.class), rs.getString("code"), rs.getString("name"));

	private static final String RESOURCE_COLUMNS = """
			r.id, r.work_centre_id, w.plant_id, r.code, r.name, r.equipment_id, r.cost_per_hour
			FROM production_resource r JOIN production_work_centre w ON w.id = r.work_centre_id""";

	private final JdbcClient jdbc;

	private final EnterpriseStructure structure;

	private final EquipmentCatalog equipment;

	private final SiteWorkingTime workingTime;

	private final PlannedMaintenance maintenance;

	private final ApplicationEventPublisher events;

	ManagingWorkCentres(JdbcClient jdbc, EnterpriseStructure structure, EquipmentCatalog equipment,
			SiteWorkingTime workingTime, PlannedMaintenance maintenance, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.structure = structure;
		this.equipment = equipment;
		this.workingTime = workingTime;
		this.maintenance = maintenance;
		this.events = events;
	}

	// ---- reading

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkCentre> workCentre(TenantId tenant, UUID workCentreId) {
		return this.jdbc.sql("SELECT * FROM production_work_centre WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), workCentreId)
			.query(CENTRE)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkCentre> workCentres(TenantId tenant) {
		// plants sort by their code, as the structure lists them
		Map<UUID, Integer> plantOrder = new LinkedHashMap<>();
		for (StructureNode site : this.structure.sites(tenant)) {
			plantOrder.put(site.id(), plantOrder.size());
		}
		return this.jdbc.sql("SELECT * FROM production_work_centre WHERE tenant_id = ? ORDER BY code")
			.params(tenant.value())
			.query(CENTRE)
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((WorkCentre w) -> plantOrder.getOrDefault(w.plantId(), 0)))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Resource> resource(TenantId tenant, UUID resourceId) {
		return this.jdbc.sql("SELECT " + RESOURCE_COLUMNS + " WHERE r.tenant_id = ? AND r.id = ?")
			.params(tenant.value(), resourceId)
			.query((rs, n) -> resource(rs))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Resource> resources(TenantId tenant, UUID workCentreId) {
		return this.jdbc
			.sql("SELECT " + RESOURCE_COLUMNS + " WHERE r.tenant_id = ? AND r.work_centre_id = ? ORDER BY r.code")
			.params(tenant.value(), workCentreId)
			.query((rs, n) -> resource(rs))
			.list();
	}

	/** All of a tenant's resources, sorted by code. */
	@Transactional(readOnly = true)
	public List<Resource> allResources(TenantId tenant) {
		return this.jdbc.sql("SELECT " + RESOURCE_COLUMNS + " WHERE r.tenant_id = ? ORDER BY r.code")
			.params(tenant.value())
			.query((rs, n) -> resource(rs))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Resource> onEquipment(TenantId tenant, UUID equipmentId) {
		return this.jdbc.sql("SELECT " + RESOURCE_COLUMNS + " WHERE r.tenant_id = ? AND r.equipment_id = ?")
			.params(tenant.value(), equipmentId)
			.query((rs, n) -> resource(rs))
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Window> available(TenantId tenant, UUID resourceId, Instant from, Instant to) {
		return resource(tenant, resourceId).map((r) -> availability(tenant, r, from, to).free()).orElse(List.of());
	}

	/**
	 * When a resource can work and why not otherwise: the plant's working windows, the
	 * machine's maintenance windows, and what is left.
	 *
	 * @param calendar whether the plant has a shift calendar (without one the resource
	 * never stops)
	 * @param working the plant's planned working windows (the whole span without a
	 * calendar)
	 * @param maintenance the machine's planned maintenance windows in the span
	 * @param free the working windows minus the maintenance windows
	 */
	public record Availability(boolean calendar, List<Window> working, List<PlannedMaintenance.Window> maintenance,
			List<Window> free) {
	}

	/** A resource's availability inside {@code [from, to)}. */
	@Transactional(readOnly = true)
	public Availability availability(TenantId tenant, UUID resourceId, Instant from, Instant to) {
		return availability(tenant,
				resource(tenant, resourceId).orElseThrow(() -> new KaiwuProblem.NotFound("resource", resourceId)), from,
				to);
	}

	private Availability availability(TenantId tenant, Resource resource, Instant from, Instant to) {
		if (to.isBefore(from)) {
			throw new KaiwuProblem.InvalidInput("to", "production.problem.span", from, to);
		}
		Optional<List<PlannedShift>> shifts = this.workingTime.plannedShifts(tenant, resource.plantId(), from, to);
		List<Span> working = shifts
			.map((list) -> list.stream()
				.flatMap((s) -> s.working().stream())
				.map((w) -> new Span(w.start(), w.end()))
				.toList())
			.orElse(List.of(new Span(from, to)));
		List<PlannedMaintenance.Window> stops = (resource.equipmentId() != null)
				? this.maintenance.windows(tenant, resource.equipmentId(), from, to) : List.of();
		List<Span> free = FreeTime.minus(working, stops.stream().map((w) -> new Span(w.start(), w.end())).toList());
		return new Availability(shifts.isPresent(), windows(FreeTime.merged(working)), stops, windows(free));
	}

	private static List<Window> windows(List<Span> spans) {
		return spans.stream().map((s) -> new Window(s.start(), s.end())).toList();
	}

	/**
	 * The codes of the work centres on a site, for the structure's refusal to delete it.
	 */
	@Transactional(readOnly = true)
	public List<String> codesOnPlant(TenantId tenant, UUID plantId) {
		return this.jdbc
			.sql("SELECT code FROM production_work_centre WHERE tenant_id = ? AND plant_id = ? ORDER BY code")
			.params(tenant.value(), plantId)
			.query(String.class)
			.list();
	}

	// ---- work centres

	@Transactional
	public WorkCentre createWorkCentre(TenantId tenant, WorkCentreDraft draft) {
		WorkCentreDraft d = checked(tenant, null, draft);
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO production_work_centre (id, tenant_id, plant_id, code, name, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), d.plantId(), d.code(), d.name(), now, now)
			.update();
		WorkCentre created = requireWorkCentre(tenant, id);
		this.events.publishEvent(ChangeRecorded.created(tenant, "production-work-centre", id, created));
		return created;
	}

	@Transactional
	public WorkCentre updateWorkCentre(TenantId tenant, UUID id, WorkCentreDraft draft) {
		WorkCentre before = requireWorkCentre(tenant, id);
		WorkCentreDraft d = checked(tenant, id, draft);
		if (!before.plantId().equals(d.plantId()) && !resources(tenant, id).isEmpty()) {
			throw new KaiwuProblem.Conflict("production.problem.work-centre-plant-fixed", before.code());
		}
		this.jdbc.sql("""
				UPDATE production_work_centre SET plant_id = ?, code = ?, name = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(d.plantId(), d.code(), d.name(), Timestamp.from(Instant.now()), tenant.value(), id)
			.update();
		WorkCentre after = requireWorkCentre(tenant, id);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "production-work-centre", id, before, after));
		return after;
	}

	@Transactional
	public void deleteWorkCentre(TenantId tenant, UUID id) {
		WorkCentre centre = requireWorkCentre(tenant, id);
		int resources = resources(tenant, id).size();
		if (resources > 0) {
			throw new KaiwuProblem.Conflict("production.problem.work-centre-has-resources", centre.code(), resources);
		}
		long steps = this.jdbc
			.sql("SELECT COUNT(*) FROM production_routing_step WHERE tenant_id = ? AND work_centre_id = ?")
			.params(tenant.value(), id)
			.query(Long.class)
			.single();
		if (steps > 0) {
			throw new KaiwuProblem.Conflict("production.problem.work-centre-in-routings", centre.code(), steps);
		}
		this.jdbc.sql("DELETE FROM production_work_centre WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "production-work-centre", id, centre));
	}

	public WorkCentre requireWorkCentre(TenantId tenant, UUID id) {
		return workCentre(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("work-centre", id));
	}

	private WorkCentreDraft checked(TenantId tenant, @Nullable UUID self, WorkCentreDraft draft) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String code = Codes.code(draft.code(), "code", errors);
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		if (draft.plantId() == null) {
			errors.add(new KaiwuProblem.FieldError("plantId", "production.problem.plant-required"));
		}
		else if (this.structure.findNode(tenant, draft.plantId())
			.filter((n) -> n.level() == NodeLevel.SITE)
			.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("plantId", "production.problem.plant-unknown", draft.plantId()));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		long taken = this.jdbc.sql(
				"SELECT COUNT(*) FROM production_work_centre WHERE tenant_id = ? AND UPPER(code) = UPPER(?) AND id <> ?")
			.params(tenant.value(), code, (self != null) ? self : new UUID(0, 0))
			.query(Long.class)
			.single();
		if (taken > 0) {
			throw new KaiwuProblem.Conflict("production.problem.work-centre-code-taken", code);
		}
		return new WorkCentreDraft(draft.plantId(), code, name);
	}

	// ---- resources

	@Transactional
	public Resource createResource(TenantId tenant, ResourceDraft draft) {
		ResourceDraft d = checked(tenant, null, draft);
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO production_resource (id, tenant_id, work_centre_id, code, name, equipment_id, cost_per_hour,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, tenant.value(), d.workCentreId(), d.code(), d.name(), d.equipmentId(), d.costPerHour(), now,
					now)
			.update();
		Resource created = requireResource(tenant, id);
		this.events.publishEvent(ChangeRecorded.created(tenant, "production-resource", id, created));
		return created;
	}

	@Transactional
	public Resource updateResource(TenantId tenant, UUID id, ResourceDraft draft) {
		Resource before = requireResource(tenant, id);
		ResourceDraft d = checked(tenant, id, draft);
		if (!before.workCentreId().equals(d.workCentreId())) {
			long steps = usedInRoutings(tenant, id);
			if (steps > 0) {
				throw new KaiwuProblem.Conflict("production.problem.resource-centre-fixed", before.code(), steps);
			}
		}
		this.jdbc.sql("""
				UPDATE production_resource SET work_centre_id = ?, code = ?, name = ?, equipment_id = ?,
				    cost_per_hour = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(d.workCentreId(), d.code(), d.name(), d.equipmentId(), d.costPerHour(),
					Timestamp.from(Instant.now()), tenant.value(), id)
			.update();
		Resource after = requireResource(tenant, id);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "production-resource", id, before, after));
		return after;
	}

	@Transactional
	public void deleteResource(TenantId tenant, UUID id) {
		Resource resource = requireResource(tenant, id);
		long steps = usedInRoutings(tenant, id);
		if (steps > 0) {
			throw new KaiwuProblem.Conflict("production.problem.resource-in-routings", resource.code(), steps);
		}
		this.jdbc.sql("DELETE FROM production_resource WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "production-resource", id, resource));
	}

	public Resource requireResource(TenantId tenant, UUID id) {
		return resource(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("resource", id));
	}

	private long usedInRoutings(TenantId tenant, UUID resourceId) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM production_routing_alternative WHERE tenant_id = ? AND resource_id = ?")
			.params(tenant.value(), resourceId)
			.query(Long.class)
			.single();
	}

	private ResourceDraft checked(TenantId tenant, @Nullable UUID self, ResourceDraft draft) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		String code = Codes.code(draft.code(), "code", errors);
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		BigDecimal cost = (draft.costPerHour() != null) ? draft.costPerHour() : BigDecimal.ZERO;
		if (cost.signum() < 0 || cost.compareTo(new BigDecimal("1000000000")) >= 0) {
			errors.add(new KaiwuProblem.FieldError("costPerHour", "production.problem.cost"));
		}
		WorkCentre centre = null;
		if (draft.workCentreId() == null) {
			errors.add(new KaiwuProblem.FieldError("workCentreId", "production.problem.work-centre-required"));
		}
		else {
			centre = workCentre(tenant, draft.workCentreId()).orElse(null);
			if (centre == null) {
				errors.add(new KaiwuProblem.FieldError("workCentreId", "production.problem.work-centre-unknown",
						draft.workCentreId()));
			}
		}
		if (draft.equipmentId() != null) {
			Optional<EquipmentSummary> machine = this.equipment.equipment(tenant, draft.equipmentId());
			if (machine.isEmpty()) {
				errors.add(new KaiwuProblem.FieldError("equipmentId", "production.problem.equipment-unknown",
						draft.equipmentId()));
			}
			else if (centre != null && !centre.plantId().equals(siteOf(tenant, machine.get().nodeId()))) {
				errors.add(new KaiwuProblem.FieldError("equipmentId", "production.problem.equipment-other-plant",
						machine.get().code(), centre.code()));
			}
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		UUID other = (self != null) ? self : new UUID(0, 0);
		long taken = this.jdbc
			.sql("SELECT COUNT(*) FROM production_resource WHERE tenant_id = ? AND UPPER(code) = UPPER(?) AND id <> ?")
			.params(tenant.value(), code, other)
			.query(Long.class)
			.single();
		if (taken > 0) {
			throw new KaiwuProblem.Conflict("production.problem.resource-code-taken", code);
		}
		if (draft.equipmentId() != null) {
			Optional<Resource> bound = onEquipment(tenant, draft.equipmentId()).filter((r) -> !r.id().equals(other));
			if (bound.isPresent()) {
				throw new KaiwuProblem.Conflict("production.problem.equipment-bound",
						this.equipment.equipment(tenant, draft.equipmentId()).map(EquipmentSummary::code).orElse(""),
						bound.get().code());
			}
		}
		return new ResourceDraft(draft.workCentreId(), code, name, draft.equipmentId(), cost);
	}

	/** The site a node of the structure lies in. */
	private @Nullable UUID siteOf(TenantId tenant, UUID nodeId) {
		UUID at = nodeId;
		for (int depth = 0; depth < NodeLevel.values().length; depth++) {
			Optional<StructureNode> node = this.structure.findNode(tenant, at);
			if (node.isEmpty()) {
				return null;
			}
			if (node.get().level() == NodeLevel.SITE || node.get().parentId() == null) {
				return node.get().id();
			}
			at = node.get().parentId();
		}
		return null;
	}

	private static Resource resource(ResultSet rs) throws SQLException {
		return new Resource(rs.getObject("id", UUID.class), rs.getObject("work_centre_id", UUID.class),
				rs.getObject("plant_id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getObject("equipment_id", UUID.class), rs.getBigDecimal("cost_per_hour").stripTrailingZeros());
	}

}
