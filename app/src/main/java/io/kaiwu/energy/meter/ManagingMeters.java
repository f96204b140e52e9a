package io.kaiwu.energy.meter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.energy.metering.InvalidVirtualMeter;
import io.kaiwu.energy.metering.MeterKind;
import io.kaiwu.energy.metering.MeteringUnit;
import io.kaiwu.energy.metering.VirtualMeter;
import io.kaiwu.energy.metering.VirtualMeters;
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
 * Creating and listing meters. A new meter is checked field by field and refused with
 * every fault at once: its unit must be one of its kind's, its node and parent must exist
 * in the tenant (the parent of the same kind), a physical meter's counter must be a
 * numeric property of its device, and a virtual meter's terms must name meters of the
 * same kind without referring to itself. Audited ({@code energy-meter}).
 */
@Service
public class ManagingMeters {

	/** How often a counter is read when the meter does not say. */
	static final int USUAL_READING_PERIOD_MINUTES = 15;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private final MeterRecords records;

	private final EnterpriseStructure structure;

	private final DeviceCatalog devices;

	private final ApplicationEventPublisher events;

	ManagingMeters(MeterRecords records, EnterpriseStructure structure, DeviceCatalog devices,
			ApplicationEventPublisher events) {
		this.records = records;
		this.structure = structure;
		this.devices = devices;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Meter> list(TenantId tenant) {
		return this.records.ofTenant(tenant);
	}

	/** Every tenant's physical meters that read a device's counter. */
	@Transactional(readOnly = true)
	public List<Meter> onCounters() {
		return this.records.onCounters();
	}

	@Transactional(readOnly = true)
	public Meter get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("energy-meter", id));
	}

	@Transactional
	public Meter create(TenantId tenant, MeterDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		List<Meter> existing = this.records.ofTenant(tenant);
		Map<String, Meter> byCode = existing.stream()
			.collect(Collectors.toMap(Meter::code, (m) -> m, (a, b) -> a, LinkedHashMap::new));
		String code = FieldChecks.required(draft.code(), "code", 64, errors);
		if (code != null && !CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", "problem.energy.code-format", code));
			code = null;
		}
		if (code != null && byCode.containsKey(code)) {
			errors.add(new FieldError("code", "problem.energy.code-taken", code));
			code = null;
		}
		String name = FieldChecks.required(draft.name(), "name", 200, errors);
		MeterKind kind = FieldChecks.choice(MeterKind.class, draft.kind(), "kind", errors);
		MeteringUnit unit = unit(kind, draft.unit(), errors);
		UUID nodeId = node(tenant, draft.nodeId(), errors);
		UUID parentId = parent(byCode, existing, kind, draft.parentId(), errors);
		boolean virtual = draft.terms() != null && !draft.terms().isEmpty();
		List<Meter.Term> terms = virtual ? terms(code, kind, draft.terms(), byCode, errors) : List.of();
		String counterProperty = null;
		Integer period = null;
		if (virtual) {
			if (draft.deviceId() != null || !FieldChecks.blank(draft.counterProperty())) {
				errors.add(new FieldError("deviceId", "problem.energy.virtual-with-device"));
			}
		}
		else {
			counterProperty = counter(tenant, draft.deviceId(), draft.counterProperty(), errors);
			period = (draft.readingPeriodMinutes() != null) ? draft.readingPeriodMinutes()
					: USUAL_READING_PERIOD_MINUTES;
			counterSettings(period, draft.counterMaximum(), draft.resetBelow(), errors);
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Meter meter = new Meter(UUID.randomUUID(), tenant, code, name, kind, unit, nodeId, parentId, virtual,
				virtual ? null : draft.deviceId(), counterProperty, period, virtual ? null : draft.counterMaximum(),
				virtual ? null : draft.resetBelow(), terms, Instant.now());
		this.records.insert(meter);
		this.events.publishEvent(ChangeRecorded.created(tenant, "energy-meter", meter.id(), audited(meter)));
		return meter;
	}

	private static @Nullable MeteringUnit unit(@Nullable MeterKind kind, @Nullable String symbol,
			List<FieldError> errors) {
		if (FieldChecks.blank(symbol)) {
			errors.add(new FieldError("unit", "problem.field.required"));
			return null;
		}
		MeteringUnit unit = MeteringUnit.bySymbol(symbol).orElse(null);
		if (kind == null) {
			return unit;
		}
		if (unit == null || !kind.counts(unit)) {
			errors.add(new FieldError("unit", "problem.energy.unit-of-kind", symbol, kind.name(),
					kind.units().stream().map(MeteringUnit::symbol).collect(Collectors.joining(", "))));
			return null;
		}
		return unit;
	}

	private @Nullable UUID node(TenantId tenant, @Nullable UUID nodeId, List<FieldError> errors) {
		if (nodeId == null) {
			errors.add(new FieldError("nodeId", "problem.field.required"));
			return null;
		}
		if (this.structure.findNode(tenant, nodeId).isEmpty()) {
			errors.add(new FieldError("nodeId", "problem.energy.unknown-node", nodeId));
			return null;
		}
		return nodeId;
	}

	private static @Nullable UUID parent(Map<String, Meter> byCode, List<Meter> existing, @Nullable MeterKind kind,
			@Nullable UUID parentId, List<FieldError> errors) {
		if (parentId == null) {
			return null;
		}
		Meter parent = existing.stream().filter((m) -> m.id().equals(parentId)).findFirst().orElse(null);
		if (parent == null) {
			errors.add(new FieldError("parentId", "problem.energy.unknown-parent", parentId));
			return null;
		}
		if (kind != null && parent.kind() != kind) {
			errors.add(new FieldError("parentId", "problem.energy.parent-kind", parent.code(), parent.kind().name()));
			return null;
		}
		return parentId;
	}

	/**
	 * The terms by meter code, checked with the kernel together with the tenant's meters,
	 * so a self-reference, a cycle, an unknown meter and another kind are named.
	 */
	private static List<Meter.Term> terms(@Nullable String code, @Nullable MeterKind kind,
			List<MeterDraft.TermDraft> drafts, Map<String, Meter> byCode, List<FieldError> errors) {
		List<VirtualMeter.Term> kernelTerms = new ArrayList<>();
		List<Meter.Term> terms = new ArrayList<>();
		for (MeterDraft.TermDraft draft : drafts) {
			if (FieldChecks.blank(draft.meterCode())) {
				errors.add(new FieldError("terms", "problem.energy.term-required"));
				return List.of();
			}
			String termCode = draft.meterCode().strip();
			boolean subtract = Boolean.TRUE.equals(draft.subtract());
			kernelTerms.add(new VirtualMeter.Term(subtract, termCode));
			Meter term = byCode.get(termCode);
			if (term != null) {
				terms.add(new Meter.Term(term.id(), term.code(), subtract));
			}
		}
		if (code == null || kind == null) {
			return terms;
		}
		Map<String, MeterKind> physical = new LinkedHashMap<>();
		List<VirtualMeter> virtuals = new ArrayList<>();
		for (Meter meter : byCode.values()) {
			if (meter.virtual()) {
				virtuals.add(new VirtualMeter(meter.code(), meter.kind(),
						meter.terms()
							.stream()
							.map((t) -> new VirtualMeter.Term(t.subtract(), t.meterCode()))
							.toList()));
			}
			else {
				physical.put(meter.code(), meter.kind());
			}
		}
		virtuals.add(new VirtualMeter(code, kind, kernelTerms));
		try {
			VirtualMeters.of(physical, virtuals);
		}
		catch (InvalidVirtualMeter refused) {
			errors.add(new FieldError("terms",
					"problem.energy.virtual." + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					refused.meterCode(), String.join(" → ", refused.path())));
		}
		return terms;
	}

	private @Nullable String counter(TenantId tenant, @Nullable UUID deviceId, @Nullable String property,
			List<FieldError> errors) {
		if (deviceId == null) {
			if (!FieldChecks.blank(property)) {
				errors.add(new FieldError("deviceId", "problem.energy.counter-without-device"));
			}
			return null;
		}
		DeviceSummary device = this.devices.device(tenant, deviceId).orElse(null);
		if (device == null) {
			errors.add(new FieldError("deviceId", "problem.energy.unknown-device", deviceId));
			return null;
		}
		List<String> numbers = device.properties()
			.stream()
			.filter((p) -> p.dataType().numeric())
			.map(PropertyDefinition::identifier)
			.sorted()
			.toList();
		if (FieldChecks.blank(property) || !numbers.contains(property.strip())) {
			errors.add(new FieldError("counterProperty", "problem.energy.counter-property",
					(property != null) ? property : "", device.typeCode(), String.join(", ", numbers)));
			return null;
		}
		return property.strip();
	}

	/** The kernel's own checks on the counter settings, named by field. */
	private static void counterSettings(int periodMinutes, @Nullable BigDecimal maximum,
			@Nullable BigDecimal resetBelow, List<FieldError> errors) {
		if (periodMinutes <= 0) {
			errors.add(new FieldError("readingPeriodMinutes", "problem.energy.positive", periodMinutes));
		}
		if (maximum != null && maximum.signum() <= 0) {
			errors.add(new FieldError("counterMaximum", "problem.energy.positive", maximum));
		}
		if (resetBelow != null && resetBelow.signum() < 0) {
			errors.add(new FieldError("resetBelow", "problem.energy.not-negative", resetBelow));
		}
		if (maximum != null && resetBelow != null && resetBelow.compareTo(maximum) >= 0) {
			errors.add(new FieldError("resetBelow", "problem.energy.reset-below-maximum", resetBelow, maximum));
		}
	}

	private static Map<String, Object> audited(Meter m) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", m.code());
		audit.put("name", m.name());
		audit.put("kind", m.kind().name());
		audit.put("unit", m.unit().symbol());
		audit.put("nodeId", m.nodeId().toString());
		audit.put("parentId", String.valueOf(m.parentId()));
		audit.put("virtual", m.virtual());
		audit.put("deviceId", String.valueOf(m.deviceId()));
		audit.put("counterProperty", String.valueOf(m.counterProperty()));
		audit.put("terms",
				m.terms()
					.stream()
					.map((t) -> (t.subtract() ? "- " : "+ ") + t.meterCode())
					.collect(Collectors.joining(" ")));
		return audit;
	}

}
