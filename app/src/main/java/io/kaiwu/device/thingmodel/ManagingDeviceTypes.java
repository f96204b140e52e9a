package io.kaiwu.device.thingmodel;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.device.DeviceTypeChanged;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, importing, exporting and deleting device types (设备类型) with their
 * thing model (物模型). A type is deleted only while no device uses it. Every change is
 * audited and announced as a {@link DeviceTypeChanged}.
 */
@Service
public class ManagingDeviceTypes {

	private final DeviceTypes types;

	private final ApplicationEventPublisher events;

	ManagingDeviceTypes(DeviceTypes types, ApplicationEventPublisher events) {
		this.types = types;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<DeviceType> list(KaiwuPrincipal principal, @Nullable String q, PageQuery page) {
		UUID tenant = principal.requireTenant().value();
		return Page.of(this.types.page(tenant, q, page), this.types.count(tenant, q), page);
	}

	@Transactional(readOnly = true)
	public DeviceType get(KaiwuPrincipal principal, UUID id) {
		return find(principal.requireTenant(), id).orElseThrow(() -> new KaiwuProblem.NotFound("device type", id));
	}

	@Transactional(readOnly = true)
	public Optional<DeviceType> find(TenantId tenant, UUID id) {
		return this.types.find(tenant.value(), id);
	}

	@Transactional(readOnly = true)
	public Optional<DeviceType> findByCode(TenantId tenant, String code) {
		return this.types.findByCode(tenant.value(), code);
	}

	/** The tenant's type ids by code. */
	@Transactional(readOnly = true)
	public Map<String, UUID> codes(TenantId tenant) {
		return this.types.codes(tenant.value());
	}

	@Transactional(readOnly = true)
	public long devicesOfType(KaiwuPrincipal principal, UUID id) {
		return this.types.devicesOfType(principal.requireTenant().value(), id);
	}

	/** Creates a type from a thing-model document (a REST body or an imported file). */
	@Transactional
	public DeviceType create(KaiwuPrincipal principal, JsonNode document) {
		return create(principal, read(document));
	}

	@Transactional
	public DeviceType create(KaiwuPrincipal principal, DeviceTypeDraft draft) {
		check(draft);
		UUID tenant = principal.requireTenant().value();
		UUID id = UUID.randomUUID();
		checkCode(tenant, draft.code(), id);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		DeviceType type = new DeviceType(id, tenant, draft.code(), draft.nameZh(), draft.nameEn(), draft.description(),
				draft.model(), now, now);
		this.types.insert(type);
		this.events.publishEvent(ChangeRecorded.created(TenantId.of(tenant), "device-type", id, draft));
		this.events.publishEvent(
				new DeviceTypeChanged(TenantId.of(tenant), id, draft.code(), DeviceTypeChanged.Change.CREATED));
		return type;
	}

	/** Replaces a type's names and whole thing model with those of a document. */
	@Transactional
	public DeviceType update(KaiwuPrincipal principal, UUID id, JsonNode document) {
		get(principal, id);
		return update(principal, id, read(document));
	}

	@Transactional
	public DeviceType update(KaiwuPrincipal principal, UUID id, DeviceTypeDraft draft) {
		DeviceType before = get(principal, id);
		check(draft);
		checkCode(before.tenant(), draft.code(), id);
		DeviceType after = new DeviceType(id, before.tenant(), draft.code(), draft.nameZh(), draft.nameEn(),
				draft.description(), draft.model(), before.createdAt(), Instant.now().truncatedTo(ChronoUnit.MICROS));
		this.types.update(after);
		this.events.publishEvent(
				ChangeRecorded.updated(TenantId.of(before.tenant()), "device-type", id, before.draft(), draft));
		this.events.publishEvent(new DeviceTypeChanged(TenantId.of(before.tenant()), id, draft.code(),
				DeviceTypeChanged.Change.UPDATED));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		DeviceType type = get(principal, id);
		long devices = this.types.devicesOfType(type.tenant(), id);
		if (devices > 0) {
			throw new KaiwuProblem.Conflict("problem.device-type.in-use", type.code(), devices);
		}
		this.types.delete(type);
		this.events.publishEvent(ChangeRecorded.deleted(TenantId.of(type.tenant()), "device-type", id, type.draft()));
		this.events.publishEvent(
				new DeviceTypeChanged(TenantId.of(type.tenant()), id, type.code(), DeviceTypeChanged.Change.DELETED));
	}

	/**
	 * For types that devices describe themselves (Sparkplug B births): creates the type
	 * with these properties, or replaces the properties of the existing one (an announced
	 * property it already has with the same data type keeps its definition; events and
	 * services stay). Nothing is written when the properties are already these.
	 * @throws KaiwuProblem.InvalidInput when the result breaks the thing-model rules.
	 */
	@Transactional
	public DeviceType provide(TenantId tenant, String code, String name, List<PropertyDefinition> properties) {
		Optional<DeviceType> existing = this.types.findByCode(tenant.value(), code);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		if (existing.isEmpty()) {
			DeviceTypeDraft draft = new DeviceTypeDraft(code, name, name, "",
					new ThingModel(properties, List.of(), List.of()));
			check(draft);
			UUID id = UUID.randomUUID();
			DeviceType type = new DeviceType(id, tenant.value(), code, name, name, "", draft.model(), now, now);
			this.types.insert(type);
			this.events.publishEvent(ChangeRecorded.created(tenant, "device-type", id, draft));
			this.events.publishEvent(new DeviceTypeChanged(tenant, id, code, DeviceTypeChanged.Change.CREATED));
			return type;
		}
		DeviceType before = existing.get();
		// an announced property the type already has, with the same data type, keeps its
		// names, unit, range and precision as a person defined them
		List<PropertyDefinition> merged = properties.stream()
			.map((announced) -> before.model()
				.properties()
				.stream()
				.filter((p) -> p.identifier().equals(announced.identifier()) && p.dataType() == announced.dataType())
				.findFirst()
				.orElse(announced))
			.toList();
		if (before.model().properties().equals(merged)) {
			return before;
		}
		ThingModel model = new ThingModel(merged, before.model().events(), before.model().services());
		DeviceTypeDraft draft = new DeviceTypeDraft(code, before.nameZh(), before.nameEn(), before.description(),
				model);
		check(draft);
		DeviceType after = new DeviceType(before.id(), before.tenant(), code, before.nameZh(), before.nameEn(),
				before.description(), model, before.createdAt(), now);
		this.types.update(after);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "device-type", before.id(), before.draft(), draft));
		this.events.publishEvent(new DeviceTypeChanged(tenant, before.id(), code, DeviceTypeChanged.Change.UPDATED));
		return after;
	}

	private static DeviceTypeDraft read(JsonNode document) {
		ThingModelJson.Read read = ThingModelJson.read(document);
		if (!read.errors().isEmpty()) {
			throw new KaiwuProblem.InvalidInput(read.errors());
		}
		return read.draft();
	}

	private static void check(DeviceTypeDraft draft) {
		List<KaiwuProblem.FieldError> errors = ThingModelRules.check(draft);
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
	}

	private void checkCode(UUID tenant, String code, UUID id) {
		if (this.types.codeTaken(tenant, code, id)) {
			throw new KaiwuProblem.InvalidInput("code", "problem.device-type.code-taken", code);
		}
	}

}
