package io.kaiwu.production.routing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.production.bom.kernel.Effectivity;
import io.kaiwu.production.resource.Codes;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the tenant's routings. A version is checked as a whole before anything is
 * written: the item must exist, all steps must run in work centres of one plant (the
 * version's plant), versions of one item in one plant must not overlap in time, sequence
 * numbers must be unique, and every alternative resource of a step must exist and belong
 * to the step's work centre (a refusal names the step and the resource). Changes are
 * audited ({@code production-routing}).
 */
@Service
public class ManagingRoutings implements Routings {

	private static final BigDecimal MAX_TIME = new BigDecimal("1000000000");

	private static final BigDecimal MAX_SPEED = new BigDecimal("100");

	private static final BigDecimal SIXTY = new BigDecimal("60");

	private final JdbcClient jdbc;

	private final ItemCatalog items;

	private final WorkCentres workCentres;

	private final SetupMatrix setups;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	ManagingRoutings(JdbcClient jdbc, ItemCatalog items, WorkCentres workCentres, SetupMatrix setups,
			EnterpriseStructure structure, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.items = items;
		this.workCentres = workCentres;
		this.setups = setups;
		this.structure = structure;
		this.events = events;
	}

	private record Header(UUID id, UUID itemId, UUID plantId, String version, String productFamily,
			Effectivity effectivity, String updatedBy, Instant updatedAt) {
	}

	// ---- reading

	@Override
	@Transactional(readOnly = true)
	public Optional<Routing> effective(TenantId tenant, UUID itemId, UUID plantId, LocalDate on) {
		return this.jdbc.sql("""
				SELECT id FROM production_routing_version WHERE tenant_id = ? AND item_id = ? AND plant_id = ?
				AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""")
			.params(tenant.value(), itemId, plantId, Date.valueOf(on), Date.valueOf(on))
			.query(UUID.class)
			.optional()
			.flatMap((id) -> routing(tenant, id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Routing> effectiveInPlants(TenantId tenant, UUID itemId, LocalDate on) {
		return this.jdbc.sql("""
				SELECT id FROM production_routing_version WHERE tenant_id = ? AND item_id = ?
				AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) ORDER BY plant_id""")
			.params(tenant.value(), itemId, Date.valueOf(on), Date.valueOf(on))
			.query(UUID.class)
			.list()
			.stream()
			.flatMap((id) -> routing(tenant, id).stream())
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Routing> routing(TenantId tenant, UUID routingId) {
		return details(tenant, headers(tenant, " AND id = ?", routingId)).stream()
			.findFirst()
			.map((r) -> new Routing(r.id(), r.itemId(), r.plantId(), r.version(), r.productFamily(),
					r.steps().stream().map(ManagingRoutings::step).toList()));
	}

	private static Step step(RoutingDetails.Step s) {
		return new Step(s.sequence(), s.operationCode(), s.name(), s.workCentreId(),
				s.resources().stream().map((a) -> new Alternative(a.resourceId(), a.speedFactor())).toList(),
				Duration.ofSeconds(s.setupMinutes().multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact()),
				Duration.ofNanos(s.runSecondsPerUnit().movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValue()),
				s.transferBatch());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Duration> familySetup(TenantId tenant, UUID workCentreId, String fromFamily, String toFamily) {
		return this.setups.setup(tenant, workCentreId, fromFamily, toFamily);
	}

	/** The versions of an item's routing, oldest effectivity first. */
	@Transactional(readOnly = true)
	public List<RoutingDetails> versions(TenantId tenant, UUID itemId) {
		return details(tenant, headers(tenant, " AND item_id = ?", itemId));
	}

	/** Every routing version of the tenant, by item code and effectivity. */
	@Transactional(readOnly = true)
	public List<RoutingDetails> all(TenantId tenant) {
		List<RoutingDetails> all = new ArrayList<>(details(tenant, headers(tenant, "", null)));
		all.sort(Comparator.comparing(RoutingDetails::itemCode).thenComparing(RoutingDetails::validFrom));
		return all;
	}

	@Transactional(readOnly = true)
	public RoutingDetails get(TenantId tenant, UUID id) {
		return details(tenant, headers(tenant, " AND id = ?", id)).stream()
			.findFirst()
			.orElseThrow(() -> new KaiwuProblem.NotFound("routing", id));
	}

	/** The product families the tenant's routings name, sorted. */
	@Transactional(readOnly = true)
	public List<String> families(TenantId tenant) {
		return this.jdbc.sql(
				"SELECT DISTINCT product_family FROM production_routing_version WHERE tenant_id = ? ORDER BY product_family")
			.params(tenant.value())
			.query(String.class)
			.list();
	}

	// ---- writing

	@Transactional
	public RoutingDetails create(TenantId tenant, RoutingDraft draft) {
		Checked checked = checked(tenant, UUID.randomUUID(), draft);
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				INSERT INTO production_routing_version (id, tenant_id, item_id, plant_id, version, product_family,
				    valid_from, valid_to, updated_by, created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(checked.id(), tenant.value(), checked.itemId(), checked.plantId(), checked.version(),
					checked.productFamily(), Date.valueOf(checked.effectivity().from()),
					date(checked.effectivity().to()), CurrentPrincipal.actorName(), now, now)
			.update();
		insertSteps(tenant, checked);
		RoutingDetails created = get(tenant, checked.id());
		this.events.publishEvent(ChangeRecorded.created(tenant, "production-routing", checked.id(), audited(created)));
		return created;
	}

	@Transactional
	public RoutingDetails update(TenantId tenant, UUID id, RoutingDraft draft) {
		RoutingDetails before = get(tenant, id);
		if (draft.itemId() != null && !draft.itemId().equals(before.itemId())) {
			throw new KaiwuProblem.InvalidInput("itemId", "production.routing.problem.item-fixed", before.itemCode());
		}
		Checked checked = checked(tenant, id, draft);
		if (!checked.plantId().equals(before.plantId())) {
			// released orders keep the version they were released on: it stays in its
			// plant
			throw new KaiwuProblem.InvalidInput("steps", "production.routing.problem.plant-fixed", before.version());
		}
		this.jdbc.sql("DELETE FROM production_routing_step WHERE tenant_id = ? AND routing_id = ?")
			.params(tenant.value(), id)
			.update();
		this.jdbc.sql("""
				UPDATE production_routing_version SET plant_id = ?, version = ?, product_family = ?, valid_from = ?,
				    valid_to = ?, updated_by = ?, updated_at = ?
				WHERE tenant_id = ? AND id = ?""")
			.params(checked.plantId(), checked.version(), checked.productFamily(),
					Date.valueOf(checked.effectivity().from()), date(checked.effectivity().to()),
					CurrentPrincipal.actorName(), Timestamp.from(Instant.now()), tenant.value(), id)
			.update();
		insertSteps(tenant, checked);
		RoutingDetails after = get(tenant, id);
		this.events
			.publishEvent(ChangeRecorded.updated(tenant, "production-routing", id, audited(before), audited(after)));
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		RoutingDetails routing = get(tenant, id);
		this.jdbc.sql("DELETE FROM production_routing_version WHERE tenant_id = ? AND id = ?")
			.params(tenant.value(), id)
			.update();
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "production-routing", id, audited(routing)));
	}

	/** The version of an item with a label, for an import that replaces it. */
	Optional<UUID> find(TenantId tenant, UUID itemId, String version) {
		return this.jdbc.sql(
				"SELECT id FROM production_routing_version WHERE tenant_id = ? AND item_id = ? AND UPPER(version) = UPPER(?)")
			.params(tenant.value(), itemId, version)
			.query(UUID.class)
			.optional();
	}

	private record Checked(UUID id, UUID itemId, UUID plantId, String version, String productFamily,
			Effectivity effectivity, List<CheckedStep> steps) {
	}

	private record CheckedStep(int sequence, String operationCode, String name, UUID workCentreId, UUID plantId,
			List<Alternative> resources, long setupSeconds, BigDecimal runSeconds, @Nullable BigDecimal transferBatch) {
	}

	private Checked checked(TenantId tenant, UUID self, RoutingDraft draft) {
		List<KaiwuProblem.FieldError> errors = new ArrayList<>();
		ItemSummary item = null;
		if (draft.itemId() == null) {
			errors.add(new KaiwuProblem.FieldError("itemId", "production.routing.problem.item-required"));
		}
		else {
			item = this.items.item(tenant, draft.itemId()).orElse(null);
			if (item == null) {
				errors.add(new KaiwuProblem.FieldError("itemId", "production.routing.problem.item-unknown",
						draft.itemId()));
			}
		}
		String version = Codes.code(draft.version(), "version", errors);
		if (version.length() > 20) {
			errors.add(new KaiwuProblem.FieldError("version", "production.problem.version-length"));
		}
		String family = SetupMatrix.family(draft.productFamily(), "productFamily", errors);
		if (draft.validFrom() == null) {
			errors.add(new KaiwuProblem.FieldError("validFrom", "production.problem.valid-from-required"));
		}
		else if (draft.validTo() != null && draft.validTo().isBefore(draft.validFrom())) {
			errors.add(new KaiwuProblem.FieldError("validTo", "production.problem.valid-to-before", draft.validTo(),
					draft.validFrom()));
		}
		List<CheckedStep> steps = steps(tenant, draft, errors);
		// checked only when every step is sound, so that steps[i] is the draft's step i
		UUID plantId = errors.isEmpty() ? onePlant(tenant, steps, errors) : null;
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Effectivity effectivity = new Effectivity(draft.validFrom(), draft.validTo());
		for (Header other : headers(tenant, " AND item_id = ?", item.id())) {
			if (other.id().equals(self)) {
				continue;
			}
			if (other.version().equalsIgnoreCase(version)) {
				throw new KaiwuProblem.Conflict("production.routing.problem.version-taken", item.code(), version);
			}
			// plants keep their own routings: effectivity only has to be unique per item
			// and plant
			if (other.plantId().equals(plantId) && other.effectivity().overlaps(effectivity)) {
				throw new KaiwuProblem.Conflict("production.routing.problem.overlap", item.code(), version,
						other.version(), other.effectivity().from(),
						(other.effectivity().to() != null) ? other.effectivity().to() : "∞");
			}
		}
		List<CheckedStep> sorted = new ArrayList<>(steps);
		sorted.sort(Comparator.comparingInt(CheckedStep::sequence));
		return new Checked(self, item.id(), plantId, version, family, effectivity, sorted);
	}

	private List<CheckedStep> steps(TenantId tenant, RoutingDraft draft, List<KaiwuProblem.FieldError> errors) {
		List<RoutingDraft.Step> drafts = (draft.steps() != null) ? draft.steps() : List.of();
		if (drafts.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError("steps", "production.routing.problem.no-steps"));
		}
		List<CheckedStep> steps = new ArrayList<>();
		Map<Integer, Integer> sequences = new HashMap<>();
		for (int i = 0; i < drafts.size(); i++) {
			RoutingDraft.Step s = drafts.get(i);
			String at = "steps[" + i + "].";
			if (s == null) {
				errors.add(new KaiwuProblem.FieldError("steps[" + i + "]", "production.routing.problem.step-empty",
						i + 1));
				continue;
			}
			int before = errors.size();
			Integer sequence = s.sequence();
			String code = (s.operationCode() != null) ? s.operationCode().strip() : "";
			// the step as a planner names it: its sequence and operation code
			String step = ((sequence != null) ? sequence.toString() : "#" + (i + 1))
					+ (code.isEmpty() ? "" : " " + code);
			if (sequence == null || sequence < 1 || sequence > 99_999) {
				errors.add(new KaiwuProblem.FieldError(at + "sequence", "production.routing.problem.sequence", step));
			}
			else {
				Integer first = sequences.putIfAbsent(sequence, i + 1);
				if (first != null) {
					errors.add(new KaiwuProblem.FieldError(at + "sequence",
							"production.routing.problem.sequence-repeated", step, sequence));
				}
			}
			if (!code.matches("[A-Za-z0-9._/-]{1,50}")) {
				errors.add(new KaiwuProblem.FieldError(at + "operationCode",
						"production.routing.problem.operation-code", step));
			}
			String name = (s.name() != null) ? s.name().strip() : "";
			if (name.isEmpty() || name.length() > 200) {
				errors.add(new KaiwuProblem.FieldError(at + "name", "production.routing.problem.step-name", step));
			}
			WorkCentres.WorkCentre centre = null;
			if (s.workCentreId() == null) {
				errors.add(new KaiwuProblem.FieldError(at + "workCentreId",
						"production.routing.problem.work-centre-required", step));
			}
			else {
				centre = this.workCentres.workCentre(tenant, s.workCentreId()).orElse(null);
				if (centre == null) {
					errors.add(new KaiwuProblem.FieldError(at + "workCentreId",
							"production.routing.problem.work-centre-unknown", step, s.workCentreId()));
				}
			}
			List<Alternative> alternatives = alternatives(tenant, s, at, step, centre, errors);
			BigDecimal setup = (s.setupMinutes() != null) ? s.setupMinutes() : BigDecimal.ZERO;
			if (setup.signum() < 0 || setup.compareTo(MAX_TIME) >= 0) {
				errors.add(new KaiwuProblem.FieldError(at + "setupMinutes", "production.routing.problem.time", step));
			}
			BigDecimal run = s.runSecondsPerUnit();
			if (run == null || run.signum() < 0 || run.compareTo(MAX_TIME) >= 0) {
				errors.add(
						new KaiwuProblem.FieldError(at + "runSecondsPerUnit", "production.routing.problem.time", step));
			}
			if (s.transferBatch() != null
					&& (s.transferBatch().signum() <= 0 || s.transferBatch().compareTo(MAX_TIME) >= 0)) {
				errors.add(new KaiwuProblem.FieldError(at + "transferBatch",
						"production.routing.problem.transfer-batch", step));
			}
			if (errors.size() == before) {
				steps.add(new CheckedStep(sequence, code, name, centre.id(), centre.plantId(), alternatives,
						setup.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact(), run,
						s.transferBatch()));
			}
		}
		return steps;
	}

	/**
	 * The plant of a routing: the plant of its first step's work centre. A step whose
	 * work centre stands in another plant is refused, naming the step and both plants.
	 */
	private @Nullable UUID onePlant(TenantId tenant, List<CheckedStep> steps, List<KaiwuProblem.FieldError> errors) {
		if (steps.isEmpty()) {
			return null;
		}
		CheckedStep first = steps.get(0);
		for (int i = 1; i < steps.size(); i++) {
			CheckedStep s = steps.get(i);
			if (!s.plantId().equals(first.plantId())) {
				errors.add(new KaiwuProblem.FieldError("steps[" + i + "].workCentreId",
						"production.routing.problem.other-plant", s.sequence() + " " + s.operationCode(),
						plantCode(tenant, s.plantId()), first.sequence() + " " + first.operationCode(),
						plantCode(tenant, first.plantId())));
			}
		}
		return first.plantId();
	}

	private String plantCode(TenantId tenant, UUID plantId) {
		return this.structure.findNode(tenant, plantId).map(StructureNode::code).orElse(plantId.toString());
	}

	/**
	 * The alternative resources of a step: each must exist and stand in the step's work
	 * centre, none twice, at least one.
	 */
	private List<Alternative> alternatives(TenantId tenant, RoutingDraft.Step s, String at, String step,
			WorkCentres.@Nullable WorkCentre centre, List<KaiwuProblem.FieldError> errors) {
		List<RoutingDraft.Alternative> drafts = (s.resources() != null) ? s.resources() : List.of();
		if (drafts.isEmpty()) {
			errors.add(new KaiwuProblem.FieldError(at + "resources", "production.routing.problem.no-resources", step));
		}
		List<Alternative> out = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int j = 0; j < drafts.size(); j++) {
			RoutingDraft.Alternative a = drafts.get(j);
			String field = at + "resources[" + j + "]";
			if (a == null || a.resourceId() == null) {
				errors.add(new KaiwuProblem.FieldError(field + ".resourceId",
						"production.routing.problem.resource-required", step, j + 1));
				continue;
			}
			Optional<WorkCentres.Resource> resource = this.workCentres.resource(tenant, a.resourceId());
			if (resource.isEmpty()) {
				errors.add(new KaiwuProblem.FieldError(field + ".resourceId",
						"production.routing.problem.resource-unknown", step, a.resourceId()));
				continue;
			}
			if (centre != null && !resource.get().workCentreId().equals(centre.id())) {
				String other = this.workCentres.workCentre(tenant, resource.get().workCentreId())
					.map(WorkCentres.WorkCentre::code)
					.orElse("?");
				errors.add(new KaiwuProblem.FieldError(field + ".resourceId",
						"production.routing.problem.resource-foreign", step, resource.get().code(), other,
						centre.code()));
				continue;
			}
			if (!seen.add(a.resourceId())) {
				errors.add(new KaiwuProblem.FieldError(field + ".resourceId",
						"production.routing.problem.resource-repeated", step, resource.get().code()));
				continue;
			}
			BigDecimal speed = (a.speedFactor() != null) ? a.speedFactor() : BigDecimal.ONE;
			if (speed.signum() <= 0 || speed.compareTo(MAX_SPEED) > 0) {
				errors.add(new KaiwuProblem.FieldError(field + ".speedFactor", "production.routing.problem.speed", step,
						resource.get().code()));
				continue;
			}
			out.add(new Alternative(a.resourceId(), speed));
		}
		return out;
	}

	private void insertSteps(TenantId tenant, Checked checked) {
		for (CheckedStep s : checked.steps()) {
			UUID stepId = UUID.randomUUID();
			this.jdbc
				.sql("""
						INSERT INTO production_routing_step (id, tenant_id, routing_id, sequence_number, operation_code, name,
						    work_centre_id, setup_seconds, run_seconds_per_unit, transfer_batch)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(stepId, tenant.value(), checked.id(), s.sequence(), s.operationCode(), s.name(),
						s.workCentreId(), s.setupSeconds(), s.runSeconds(), s.transferBatch())
				.update();
			for (int j = 0; j < s.resources().size(); j++) {
				Alternative a = s.resources().get(j);
				this.jdbc
					.sql("""
							INSERT INTO production_routing_alternative (step_id, tenant_id, position, resource_id, speed_factor)
							VALUES (?, ?, ?, ?, ?)""")
					.params(stepId, tenant.value(), j + 1, a.resourceId(), a.speedFactor())
					.update();
			}
		}
	}

	private List<Header> headers(TenantId tenant, String filter, @Nullable UUID value) {
		List<Object> params = new ArrayList<>(List.of(tenant.value()));
		if (value != null) {
			params.add(value);
		}
		return this.jdbc
			.sql("SELECT * FROM production_routing_version WHERE tenant_id = ?" + filter
					+ " ORDER BY item_id, valid_from")
			.params(params)
			.query((rs, n) -> header(rs))
			.list();
	}

	private static Header header(ResultSet rs) throws SQLException {
		Date to = rs.getDate("valid_to");
		return new Header(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
				rs.getObject("plant_id", UUID.class), rs.getString("version"), rs.getString("product_family"),
				new Effectivity(rs.getDate("valid_from").toLocalDate(), (to != null) ? to.toLocalDate() : null),
				rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
	}

	private List<RoutingDetails> details(TenantId tenant, List<Header> headers) {
		if (headers.isEmpty()) {
			return List.of();
		}
		Map<UUID, String> centreCodes = new HashMap<>();
		this.workCentres.workCentres(tenant).forEach((w) -> centreCodes.put(w.id(), w.code()));
		// one version (what orders and scheduling read) is read alone; the lists read all
		boolean one = headers.size() == 1;
		List<Object> params = one ? List.of(tenant.value(), headers.get(0).id()) : List.of(tenant.value());
		Map<UUID, List<RoutingDetails.Alternative>> alternatives = new HashMap<>();
		this.jdbc.sql("""
				SELECT a.step_id, a.resource_id, a.speed_factor, r.code FROM production_routing_alternative a
				JOIN production_resource r ON r.id = a.resource_id
				WHERE a.tenant_id = ?"""
				+ (one ? " AND a.step_id IN (SELECT s.id FROM production_routing_step s WHERE s.routing_id = ?)" : "")
				+ " ORDER BY a.step_id, a.position")
			.params(params)
			.query((rs) -> {
				alternatives.computeIfAbsent(rs.getObject("step_id", UUID.class), (k) -> new ArrayList<>())
					.add(new RoutingDetails.Alternative(rs.getObject("resource_id", UUID.class), rs.getString("code"),
							plain(rs.getBigDecimal("speed_factor"))));
			});
		Set<UUID> wanted = new HashSet<>(headers.stream().map(Header::id).toList());
		Map<UUID, List<RoutingDetails.Step>> steps = new HashMap<>();
		this.jdbc
			.sql("SELECT * FROM production_routing_step WHERE tenant_id = ?" + (one ? " AND routing_id = ?" : "")
					+ " ORDER BY routing_id, sequence_number")
			.params(params)
			.query((rs) -> {
				UUID routing = rs.getObject("routing_id", UUID.class);
				if (!wanted.contains(routing)) {
					return;
				}
				UUID centre = rs.getObject("work_centre_id", UUID.class);
				BigDecimal batch = rs.getBigDecimal("transfer_batch");
				steps.computeIfAbsent(routing, (k) -> new ArrayList<>())
					.add(new RoutingDetails.Step(rs.getInt("sequence_number"), rs.getString("operation_code"),
							rs.getString("name"), centre, centreCodes.getOrDefault(centre, "?"),
							alternatives.getOrDefault(rs.getObject("id", UUID.class), List.of()),
							plain(BigDecimal.valueOf(rs.getLong("setup_seconds"))
								.divide(SIXTY, 6, RoundingMode.HALF_UP)),
							plain(rs.getBigDecimal("run_seconds_per_unit")), (batch != null) ? plain(batch) : null));
			});
		Map<UUID, ItemSummary> known = new HashMap<>();
		List<RoutingDetails> out = new ArrayList<>();
		for (Header h : headers) {
			ItemSummary item = known.computeIfAbsent(h.itemId(), (id) -> this.items.item(tenant, id)
				.orElseGet(() -> new ItemSummary(id, id.toString(), "?", "", DataGrade.GENERAL)));
			out.add(new RoutingDetails(h.id(), h.itemId(), item.code(), item.name(), h.plantId(), h.version(),
					h.productFamily(), h.effectivity().from(), h.effectivity().to(),
					steps.getOrDefault(h.id(), List.of()), h.updatedBy(), h.updatedAt()));
		}
		return out;
	}

	private static @Nullable Date date(@Nullable LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		return (v.scale() < 0) ? v.setScale(0) : v;
	}

	private static Map<String, Object> audited(RoutingDetails r) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("item", r.itemCode());
		audit.put("version", r.version());
		audit.put("plantId", r.plantId().toString());
		audit.put("productFamily", r.productFamily());
		audit.put("validFrom", r.validFrom().toString());
		audit.put("validTo", (r.validTo() != null) ? r.validTo().toString() : null);
		audit.put("steps", r.steps()
			.stream()
			.map((s) -> s.sequence() + " " + s.operationCode() + " @" + s.workCentreCode() + " "
					+ s.resources().stream().map(RoutingDetails.Alternative::code).toList() + " setup "
					+ s.setupMinutes().toPlainString() + " min, run " + s.runSecondsPerUnit().toPlainString() + " s")
			.toList());
		return audit;
	}

}
