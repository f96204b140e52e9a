package io.kaiwu.energy.meter;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.StructureReferences;
import io.kaiwu.shared.TenantId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A structure node cannot be deleted while a meter hangs on it. */
@Component
class MetersOnNode implements StructureReferences {

	private final MeterRecords records;

	private final MessageSource messages;

	MetersOnNode(MeterRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	@Override
	public List<String> referencesTo(TenantId tenant, UUID node) {
		return this.records.codesOnNode(tenant, node)
			.stream()
			.map((code) -> this.messages.getMessage("energy.ref.meter", new Object[] { code },
					LocaleContextHolder.getLocale()))
			.toList();
	}

}
