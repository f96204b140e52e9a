package io.kaiwu.ehs.site;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
		List<MonitoredPoint> points = points(tenant, id, (name != null) ? name : "", draft.points(), errors);
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
		List<MonitoredPoint> points = points(tenant, id, (name != null) ? name : "", draft.points(), errors);
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

	private @Nullable String code(TenantId tenant, String table, @Nullable String given, List<FieldError> errors) {
		String code = FieldChecks.required(given, "code", 64, errors);
		if (code != null && this.records.codeTaken(tenant, table, code)) {
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
			@Nullable List<PointDraft> drafts, List<FieldError> errors) {
		if (drafts == null || drafts.isEmpty()) {
			errors.add(new FieldError("points", "problem.ehs.no-points"));
			return List.of();
		}
		List<MonitoredPoint> points = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			MonitoredPoint point = point(tenant, ownerId, ownerName, drafts.get(i), "points[" + i + "].", errors);
			if (point != null) {
				points.add(point);
			}
		}
		return points;
	}

	private @Nullable MonitoredPoint point(TenantId tenant, UUID ownerId, String ownerName, PointDraft draft,
			String prefix, List<FieldError> errors) {
		int before = errors.size();
		List<FieldError> own = new ArrayList<>();
		String substance = FieldChecks.required(draft.substance(), "substance", 100, own);
		String standard = FieldChecks.required(draft.standard(), "standard", 200, own);
		String unit = FieldChecks.optional(draft.unit(), "unit", 16, own);
		String property = property(tenant, draft.deviceId(), draft.property(), unit, own);
		GradedLimit limit = limit(draft, unit, own);
		own.forEach((e) -> errors.add(new FieldError(prefix + e.field(), e.messageKey(), e.args())));
		if (errors.size() > before) {
			return null;
		}
		return new MonitoredPoint(UUID.randomUUID(), tenant, ownerId, ownerName, substance, draft.deviceId(), property,
				limit, standard);
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
