package io.kaiwu.equipment.registry;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's machines: checked before they are saved and audited ({@code equipment}). */
@Service
public class ManagingEquipment {

	private final EquipmentRecords records;

	private final EquipmentChecks checks;

	private final EnterpriseStructure structure;

	private final ApplicationEventPublisher events;

	ManagingEquipment(EquipmentRecords records, EquipmentChecks checks, EnterpriseStructure structure,
			ApplicationEventPublisher events) {
		this.records = records;
		this.checks = checks;
		this.structure = structure;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<Equipment> list(TenantId tenant, PageQuery page) {
		return Page.of(this.records.page(tenant, page), this.records.count(tenant), page);
	}

	/** All of a tenant's machines, sorted by code. */
	@Transactional(readOnly = true)
	public List<Equipment> all(TenantId tenant) {
		return this.records.all(tenant);
	}

	/**
	 * The machines on a node of the enterprise structure and below it (a line, a
	 * workshop), sorted by code.
	 * @param nodeId {@literal null}: all of the tenant's machines
	 */
	@Transactional(readOnly = true)
	public List<Equipment> under(TenantId tenant, @Nullable UUID nodeId) {
		if (nodeId == null) {
			return this.records.all(tenant);
		}
		Set<UUID> subtree = new HashSet<>(Set.of(nodeId));
		// parents come before children
		for (StructureNode n : this.structure.allNodes(tenant)) {
			if (n.parentId() != null && subtree.contains(n.parentId())) {
				subtree.add(n.id());
			}
		}
		return this.records.all(tenant).stream().filter((e) -> subtree.contains(e.nodeId())).toList();
	}

	@Transactional(readOnly = true)
	public Equipment get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("equipment", id));
	}

	@Transactional
	public Equipment create(TenantId tenant, EquipmentDraft draft) {
		Instant now = Instant.now();
		Equipment equipment = this.checks.check(tenant, UUID.randomUUID(), draft, now, now);
		requireFreeCode(equipment);
		this.records.insert(equipment);
		this.events.publishEvent(ChangeRecorded.created(tenant, "equipment", equipment.id(), audited(equipment)));
		return equipment;
	}

	@Transactional
	public Equipment update(TenantId tenant, UUID id, EquipmentDraft draft) {
		Equipment before = get(tenant, id);
		Equipment after = this.checks.check(tenant, id, draft, before.createdAt(), Instant.now());
		requireFreeCode(after);
		this.records.update(after);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "equipment", id, audited(before), audited(after)));
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		Equipment equipment = get(tenant, id);
		this.records.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "equipment", id, audited(equipment)));
	}

	private void requireFreeCode(Equipment equipment) {
		if (this.records.codeTaken(equipment.tenant(), equipment.code(), equipment.id())) {
			throw new KaiwuProblem.InvalidInput("code", "problem.equipment.code-taken", equipment.code());
		}
	}

	/** What the audit log keeps of a machine. */
	private static Map<String, Object> audited(Equipment e) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("code", e.code());
		audit.put("name", e.name());
		audit.put("deviceId", String.valueOf(e.deviceId()));
		audit.put("nodeId", e.nodeId().toString());
		audit.put("model", String.valueOf(e.model()));
		audit.put("vendor", String.valueOf(e.vendor()));
		audit.put("serialNumber", String.valueOf(e.serialNumber()));
		audit.put("commissionedOn", String.valueOf(e.commissionedOn()));
		audit.put("criticality", e.criticality().name());
		audit.put("idealCycleTime", String.valueOf(e.idealCycleTime()));
		return audit;
	}

}
