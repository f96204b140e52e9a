package io.kaiwu.ehs.site;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.ehs.warning.GradedLimit;
import io.kaiwu.ehs.warning.InvalidThresholds;
import io.kaiwu.ehs.warning.WarningGrade;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and listing hazardous sources and discharge points with their monitored
 * points. Everything wrong is refused at once, each fault with its field: a limit without
 * unit, thresholds missing or out of order, a device that is not the tenant's, a property
 * that is not a number of the device's thing model, a unit other than the property's.
 * Audited ({@code ehs-hazard-source}, {@code ehs-discharge-point}).
 */
@Service
public class ManagingEhsSites {

	/** The deadband when none is given: this share of the 蓝 threshold. */
	static final BigDecimal USUAL_DEADBAND = new BigDecimal("0.05");

	private final SiteRecords records;

	private final EnterpriseStructure structure;

	private final DeviceCatalog devices;

	private final ApplicationEventPublisher events;

	ManagingEhsSites(SiteRecords records, EnterpriseStructure structure, DeviceCatalog devices,
			ApplicationEventPublisher events) {
		this.records = records;
		this.structure = structure;
		this.devices = devices;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<HazardSource> sources(TenantId tenant) {
		return this.records.sources(tenant);
	}

	@Transactional(readOnly = true)
	public List<DischargePoint> dischargePoints(TenantId tenant) {
		return this.records.dischargePoints(tenant);
	}

	/** Every monitored point of every tenant. */
	@Transactional(readOnly = true)
	public List<MonitoredPoint> allPoints() {
		return this.records.allPoints();
	}

	@Transactional
	public HazardSource create(TenantId tenant, HazardSourceDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String code = code(tenant, "ehs_hazard_source", draft.code(), errors);
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		HazardLevel level = FieldChecks.choice(HazardLevel.class, draft.level(), "level", errors);
		UUID nodeId = node(tenant, draft.nodeId(), errors);
		List<String> substances = (draft.substances() == null) ? List.of()
				: draft.substances().stream().filter((s) -> !FieldChecks.blank(s)).map(String::strip).toList();
		if (substances.isEmpty()) {
			errors.add(new FieldError("substances", "problem.field.required"));
		}
		else if (String.join("\n", substances).length() > 500) {
			errors.add(new FieldError("substances", "problem.field.too-long", 500));
		}
		UUID id = UUID.randomUUID();
		List<MonitoredPoint> points = points(tenant, id, (name != null) ? name : "", draft.points(), List.of(), errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		HazardSource source = new HazardSource(id, code, name, level, nodeId, substances, points, now());
		this.records.insert(tenant, source);
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("name", name);
		audit.put("level", level.name());
		audit.put("nodeId", nodeId.toString());
		audit.put("substances", String.join(", ", substances));
		audit.put("points", audited(points));
		this.events.publishEvent(ChangeRecorded.created(tenant, "ehs-hazard-source", id, audit));
		this.events.publishEvent(new PointsChanged(tenant));
		return source;
	}

	@Transactional
	public DischargePoint create(TenantId tenant, DischargePointDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String code = code(tenant, "ehs_discharge_point", draft.code(), errors);
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		Medium medium = FieldChecks.choice(Medium.class, draft.medium(), "medium", errors);
		UUID nodeId = node(tenant, draft.nodeId(), errors);
		UUID id = UUID.randomUUID();
		List<MonitoredPoint> points = points(tenant, id, (name != null) ? name : "", draft.points(), List.of(), errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		DischargePoint point = new DischargePoint(id, code, name, medium, nodeId, points, now());
		this.records.insert(tenant, point);
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("name", name);
		audit.put("medium", medium.name());
		audit.put("nodeId", nodeId.toString());
		audit.put("points", audited(points));
		this.events.publishEvent(ChangeRecorded.created(tenant, "ehs-discharge-point", id, audit));
		this.events.publishEvent(new PointsChanged(tenant));
		return point;
	}

	/** One source, without the removed ones. */
	@Transactional(readOnly = true)
	public Optional<HazardSource> source(TenantId tenant, UUID id) {
		return this.records.sources(tenant).stream().filter((s) -> s.id().equals(id)).findFirst();
	}

	/** One discharge point, without the removed ones. */
	@Transactional(readOnly = true)
	public Optional<DischargePoint> dischargePoint(TenantId tenant, UUID id) {
		return this.records.dischargePoints(tenant).stream().filter((d) -> d.id().equals(id)).findFirst();
	}

	/**
	 * Every monitored point of the tenant with its owner, the removed ones too (their
	 * exceedance records still name them).
	 */
	@Transactional(readOnly = true)
	public List<PointEntry> pointEntries(TenantId tenant) {
		return this.records.pointEntries(tenant);
	}

	/**
	 * Changes a source as created: the same checks. A point of the draft with an
	 * {@code id} changes that point, one without is added, and a point left out is
	 * removed (refused while it has an open exceedance).
	 */
	@Transactional
	public HazardSource update(TenantId tenant, UUID id, HazardSourceDraft draft) {
		HazardSource before = source(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("hazard source", id));
		List<FieldError> errors = new ArrayList<>();
		String code = code(tenant, "ehs_hazard_source", draft.code(), before.code(), errors);
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		HazardLevel level = FieldChecks.choice(HazardLevel.class, draft.level(), "level", errors);
		UUID nodeId = node(tenant, draft.nodeId(), errors);
		List<String> substances = (draft.substances() == null) ? List.of()
				: draft.substances().stream().filter((s) -> !FieldChecks.blank(s)).map(String::strip).toList();
		if (substances.isEmpty()) {
			errors.add(new FieldError("substances", "problem.field.required"));
		}
		else if (String.join("\n", substances).length() > 500) {
			errors.add(new FieldError("substances", "problem.field.too-long", 500));
		}
		List<MonitoredPoint> points = points(tenant, id, (name != null) ? name : "", draft.points(), before.points(),
				errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		refuseRemovingOpen(tenant, before.points(), points);
		HazardSource after = new HazardSource(id, code, name, level, nodeId, substances, points, before.createdAt());
		this.records.update(tenant, after);
		this.records.replacePoints(tenant, id, null, before.points(), points, now());
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("name", name);
		audit.put("level", level.name());
		audit.put("nodeId", nodeId.toString());
		audit.put("substances", String.join(", ", substances));
		audit.put("points", audited(points));
		this.events.publishEvent(
				ChangeRecorded.updated(tenant, "ehs-hazard-source", id, Map.of("code", before.code()), audit));
		this.events.publishEvent(new PointsChanged(tenant));
		return after;
	}

	/**
	 * Changes a discharge point as {@link #update(TenantId, UUID, HazardSourceDraft)}.
	 */
	@Transactional
	public DischargePoint update(TenantId tenant, UUID id, DischargePointDraft draft) {
		DischargePoint before = dischargePoint(tenant, id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("discharge point", id));
		List<FieldError> errors = new ArrayList<>();
		String code = code(tenant, "ehs_discharge_point", draft.code(), before.code(), errors);
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		Medium medium = FieldChecks.choice(Medium.class, draft.medium(), "medium", errors);
		UUID nodeId = node(tenant, draft.nodeId(), errors);
		List<MonitoredPoint> points = points(tenant, id, (name != null) ? name : "", draft.points(), before.points(),
				errors);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		refuseRemovingOpen(tenant, before.points(), points);
		DischargePoint after = new DischargePoint(id, code, name, medium, nodeId, points, before.createdAt());
		this.records.update(tenant, after);
		this.records.replacePoints(tenant, null, id, before.points(), points, now());
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", code);
		audit.put("name", name);
		audit.put("medium", medium.name());
		audit.put("nodeId", nodeId.toString());
		audit.put("points", audited(points));
		this.events.publishEvent(
				ChangeRecorded.updated(tenant, "ehs-discharge-point", id, Map.of("code", before.code()), audit));
		this.events.publishEvent(new PointsChanged(tenant));
		return after;
	}

	/**
	 * Removes a source with its points; refused while one of them has an open exceedance.
	 * Kept as removed for the records that name it; its code stays taken.
	 */
	@Transactional
	public void removeSource(TenantId tenant, UUID id) {
		HazardSource source = source(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("hazard source", id));
		refuseRemovingOpen(tenant, source.points(), List.of());
		this.records.remove(tenant, "ehs_hazard_source", id, source.points(), now());
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "ehs-hazard-source", id,
				Map.of("code", source.code(), "name", source.name())));
		this.events.publishEvent(new PointsChanged(tenant));
	}

	/** Removes a discharge point as {@link #removeSource(TenantId, UUID)}. */
	@Transactional
	public void removeDischargePoint(TenantId tenant, UUID id) {
		DischargePoint point = dischargePoint(tenant, id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("discharge point", id));
		refuseRemovingOpen(tenant, point.points(), List.of());
		this.records.remove(tenant, "ehs_discharge_point", id, point.points(), now());
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "ehs-discharge-point", id,
				Map.of("code", point.code(), "name", point.name())));
		this.events.publishEvent(new PointsChanged(tenant));
	}

	/**
	 * A point whose exceedance is open is not removed: its alarm and record would be left
	 * without anyone to close them. The answer names the point and since when.
	 */
	private void refuseRemovingOpen(TenantId tenant, List<MonitoredPoint> before, List<MonitoredPoint> after) {
		for (MonitoredPoint p : before) {
			if (after.stream().anyMatch((kept) -> kept.id().equals(p.id()))) {
				continue;
			}
			Instant since = this.records.openExceedanceSince(tenant, p.id()).orElse(null);
			if (since != null) {
				throw new KaiwuProblem.Conflict("problem.ehs.points.open-exceedance", p.ownerName(), p.substance(),
						since.toString());
			}
		}
	}

	private @Nullable String code(TenantId tenant, String table, @Nullable String given, List<FieldError> errors) {
		return code(tenant, table, given, null, errors);
	}

	/** The code, when no other (than {@code own}) source or discharge point has it. */
	private @Nullable String code(TenantId tenant, String table, @Nullable String given, @Nullable String own,
			List<FieldError> errors) {
		String code = FieldChecks.required(given, "code", 64, errors);
		if (code != null && !code.equals(own) && this.records.codeTaken(tenant, table, code)) {
			errors.add(new FieldError("code", "problem.ehs.code-taken", code));
			return null;
		}
		return code;
	}

	private @Nullable UUID node(TenantId tenant, @Nullable UUID nodeId, List<FieldError> errors) {
		if (nodeId == null) {
			errors.add(new FieldError("nodeId", "problem.field.required"));
			return null;
		}
		if (this.structure.findNode(tenant, nodeId).isEmpty()) {
			errors.add(new FieldError("nodeId", "problem.ehs.unknown-node", nodeId));
			return null;
		}
		return nodeId;
	}

	private List<MonitoredPoint> points(TenantId tenant, UUID ownerId, String ownerName,
			@Nullable List<PointDraft> drafts, List<MonitoredPoint> existing, List<FieldError> errors) {
		if (drafts == null || drafts.isEmpty()) {
			errors.add(new FieldError("points", "problem.ehs.no-points"));
			return List.of();
		}
		List<MonitoredPoint> points = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			MonitoredPoint point = point(tenant, ownerId, ownerName, drafts.get(i), "points[" + i + "].", existing,
					errors);
			if (point != null) {
				points.add(point);
			}
		}
		return points;
	}

	private @Nullable MonitoredPoint point(TenantId tenant, UUID ownerId, String ownerName, PointDraft draft,
			String prefix, List<MonitoredPoint> existing, List<FieldError> errors) {
		int before = errors.size();
		List<FieldError> own = new ArrayList<>();
		UUID id = UUID.randomUUID();
		if (draft.id() != null) {
			if (existing.stream().noneMatch((p) -> p.id().equals(draft.id()))) {
				own.add(new FieldError("id", "problem.ehs.points.unknown", draft.id()));
			}
			id = draft.id();
		}
		String substance = FieldChecks.required(draft.substance(), "substance", 100, own);
		String standard = FieldChecks.required(draft.standard(), "standard", 200, own);
		String unit = FieldChecks.optional(draft.unit(), "unit", 16, own);
		String property = property(tenant, draft.deviceId(), draft.property(), unit, own);
		GradedLimit limit = limit(draft, unit, own);
		own.forEach((e) -> errors.add(new FieldError(prefix + e.field(), e.messageKey(), e.args())));
		if (errors.size() > before) {
			return null;
		}
		return new MonitoredPoint(id, tenant, ownerId, ownerName, substance, draft.deviceId(), property, limit,
				standard);
	}

	/**
	 * The property, when it is a number of the device's thing model in the point's unit.
	 */
	private @Nullable String property(TenantId tenant, @Nullable UUID deviceId, @Nullable String property,
			@Nullable String unit, List<FieldError> errors) {
		if (deviceId == null) {
			errors.add(new FieldError("deviceId", "problem.field.required"));
			return null;
		}
		DeviceSummary device = this.devices.device(tenant, deviceId).orElse(null);
		if (device == null) {
			errors.add(new FieldError("deviceId", "problem.ehs.unknown-device", deviceId));
			return null;
		}
		List<PropertyDefinition> numbers = device.properties().stream().filter((p) -> p.dataType().numeric()).toList();
		PropertyDefinition found = numbers.stream()
			.filter((p) -> property != null && p.identifier().equals(property.strip()))
			.findFirst()
			.orElse(null);
		if (found == null) {
			errors.add(new FieldError("property", "problem.ehs.unknown-property", (property != null) ? property : "",
					device.deviceKey(),
					numbers.stream().map(PropertyDefinition::identifier).sorted().collect(Collectors.joining(", "))));
			return null;
		}
		if (unit != null && !found.unit().isBlank() && !found.unit().equals(unit)) {
			errors.add(new FieldError("unit", "problem.ehs.unit-of-property", unit, found.identifier(), found.unit()));
		}
		return found.identifier();
	}

	/** The kernel's checks, named by field. */
	private static @Nullable GradedLimit limit(PointDraft draft, @Nullable String unit, List<FieldError> errors) {
		Map<WarningGrade, BigDecimal> thresholds = new EnumMap<>(WarningGrade.class);
		if (draft.thresholds() != null) {
			draft.thresholds().forEach((grade, value) -> {
				WarningGrade known = known(grade);
				if (known == null) {
					errors.add(new FieldError("thresholds", "problem.ehs.unknown-grade", grade));
				}
				else if (value != null) {
					thresholds.put(known, value);
				}
			});
		}
		BigDecimal blue = thresholds.get(WarningGrade.BLUE);
		BigDecimal deadband = (draft.deadband() != null) ? draft.deadband()
				: (blue != null) ? blue.multiply(USUAL_DEADBAND) : BigDecimal.ZERO;
		try {
			return new GradedLimit(draft.limit(), (unit != null) ? unit : "", thresholds, deadband);
		}
		catch (InvalidThresholds ex) {
			ex.faults().forEach((f) -> errors.add(new FieldError(f.field(), f.key(), f.args().toArray())));
			return null;
		}
	}

	private static @Nullable WarningGrade known(String grade) {
		for (WarningGrade g : WarningGrade.values()) {
			if (g.name().equalsIgnoreCase(grade)) {
				return g;
			}
		}
		return null;
	}

	private static String audited(List<MonitoredPoint> points) {
		return points.stream()
			.map((p) -> p.substance() + " " + p.property() + " ≤ " + p.limit().limit().toPlainString() + " "
					+ p.limit().unit() + " (" + p.standard() + ")")
			.collect(Collectors.joining("; "));
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
