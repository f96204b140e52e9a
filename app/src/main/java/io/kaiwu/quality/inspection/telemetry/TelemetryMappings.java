package io.kaiwu.quality.inspection.telemetry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.quality.inspection.plan.Characteristic;
import io.kaiwu.shared.FieldChecks;
import io.kaiwu.quality.inspection.plan.InspectionPlans;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's telemetry mappings, audited ({@code inspection-telemetry-mapping}). A new
 * mapping takes the values measured after it was made; a paused one takes none, and
 * resumed it starts afresh from then (the values waiting are dropped: they would not be
 * consecutive with the next).
 */
@Service
public class TelemetryMappings {

	static final String AUDITED = "inspection-telemetry-mapping";

	private final MappingRows rows;

	private final DeviceCatalog devices;

	private final InspectionPlans plans;

	private final ApplicationEventPublisher events;

	TelemetryMappings(MappingRows rows, DeviceCatalog devices, InspectionPlans plans,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.devices = devices;
		this.plans = plans;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<TelemetryMapping> list(TenantId tenant) {
		return this.rows.all(tenant);
	}

	@Transactional(readOnly = true)
	public TelemetryMapping get(TenantId tenant, UUID id) {
		return this.rows.find(tenant, id, false)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-telemetry-mapping", id));
	}

	/** The values taken but not yet a whole subgroup. */
	@Transactional(readOnly = true)
	public int waiting(TelemetryMapping mapping) {
		return this.rows.waiting(mapping.id()).size();
	}

	@Transactional
	public TelemetryMapping create(TenantId tenant, MappingDraft draft) {
		List<FieldError> errors = new ArrayList<>();
		String property = FieldChecks.required(draft.property(), "property", 100, errors);
		DeviceSummary device = null;
		if (draft.deviceId() == null) {
			errors.add(new FieldError("deviceId", "problem.field.required"));
		}
		else {
			device = this.devices.device(tenant, draft.deviceId()).orElse(null);
			if (device == null) {
				errors.add(new FieldError("deviceId", "quality.inspection.problem.unknown-device", draft.deviceId()));
			}
		}
		if (device != null && property != null) {
			Optional<PropertyDefinition> defined = device.thingModel().property(property);
			if (defined.isEmpty()) {
				errors.add(new FieldError("property", "quality.inspection.problem.unknown-property", property,
						device.name(),
						String.join(", ", device.properties().stream().map(PropertyDefinition::identifier).toList())));
			}
			else if (!defined.get().dataType().numeric()) {
				errors.add(new FieldError("property", "quality.inspection.problem.property-not-numeric", property,
						defined.get().dataType().name()));
			}
		}
		Characteristic characteristic = characteristic(tenant, draft.characteristicId(), errors);
		if (errors.isEmpty() && device != null && property != null && characteristic != null
				&& this.rows.exists(tenant, device.deviceId(), property, characteristic.id())) {
			errors.add(new FieldError("property", "quality.inspection.problem.mapping-exists", property,
					characteristic.code()));
		}
		if (!errors.isEmpty() || device == null || property == null || characteristic == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		TelemetryMapping m = new TelemetryMapping(UUID.randomUUID(), tenant, device.deviceId(), property,
				characteristic.id(), !Boolean.FALSE.equals(draft.active()), now, now, now);
		this.rows.insert(m);
		this.events.publishEvent(ChangeRecorded.created(tenant, AUDITED, m.id(), snapshot(m)));
		this.events.publishEvent(new MappingsChanged());
		return m;
	}

	/**
	 * Pauses or resumes a mapping; its device, property and characteristic stay (make a
	 * new mapping for others).
	 */
	@Transactional
	public TelemetryMapping update(TenantId tenant, UUID id, MappingDraft draft) {
		TelemetryMapping before = this.rows.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-telemetry-mapping", id));
		List<FieldError> errors = new ArrayList<>();
		if (draft.deviceId() != null && !draft.deviceId().equals(before.deviceId())) {
			errors.add(new FieldError("deviceId", "quality.inspection.problem.mapping-fixed"));
		}
		if (draft.property() != null && !draft.property().strip().equals(before.property())) {
			errors.add(new FieldError("property", "quality.inspection.problem.mapping-fixed"));
		}
		if (draft.characteristicId() != null && !draft.characteristicId().equals(before.characteristicId())) {
			errors.add(new FieldError("characteristicId", "quality.inspection.problem.mapping-fixed"));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		boolean active = (draft.active() != null) ? draft.active() : before.active();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		boolean resumed = active && !before.active();
		TelemetryMapping after = new TelemetryMapping(id, tenant, before.deviceId(), before.property(),
				before.characteristicId(), active, resumed ? now : before.takenTo(), before.createdAt(), now);
		this.rows.update(after);
		if (resumed) {
			this.rows.waiting(id, List.of());
		}
		this.events.publishEvent(ChangeRecorded.updated(tenant, AUDITED, id, snapshot(before), snapshot(after)));
		this.events.publishEvent(new MappingsChanged());
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		TelemetryMapping m = this.rows.find(tenant, id, true)
			.orElseThrow(() -> new KaiwuProblem.NotFound("inspection-telemetry-mapping", id));
		this.rows.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, AUDITED, id, snapshot(m)));
		this.events.publishEvent(new MappingsChanged());
	}

	private @Nullable Characteristic characteristic(TenantId tenant, @Nullable UUID id, List<FieldError> errors) {
		if (id == null) {
			errors.add(new FieldError("characteristicId", "problem.field.required"));
			return null;
		}
		Characteristic c = this.plans.characteristic(tenant, id).orElse(null);
		if (c == null) {
			errors.add(new FieldError("characteristicId", "quality.inspection.problem.unknown-characteristic-id", id));
			return null;
		}
		if (!c.variable()) {
			errors.add(new FieldError("characteristicId", "quality.inspection.problem.mapping-attribute", c.code()));
			return null;
		}
		return c;
	}

	private static Map<String, Object> snapshot(TelemetryMapping m) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("deviceId", m.deviceId().toString());
		audit.put("property", m.property());
		audit.put("characteristicId", m.characteristicId().toString());
		audit.put("active", m.active());
		return audit;
	}

}
