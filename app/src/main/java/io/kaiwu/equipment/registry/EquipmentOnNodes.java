package io.kaiwu.equipment.registry;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.StructureReferences;
import io.kaiwu.shared.TenantId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A structure node cannot be deleted while machines stand on it. */
@Component
class EquipmentOnNodes implements StructureReferences {

	private final EquipmentRecords records;

	private final MessageSource messages;

	EquipmentOnNodes(EquipmentRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	@Override
	public List<String> referencesTo(TenantId tenant, UUID node) {
		long count = this.records.onNode(tenant, node);
		return (count == 0) ? List.of() : List.of(this.messages.getMessage("equipment.ref.equipment",
				new Object[] { count }, LocaleContextHolder.getLocale()));
	}

}
