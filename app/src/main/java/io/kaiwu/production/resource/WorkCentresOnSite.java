package io.kaiwu.production.resource;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.StructureReferences;
import io.kaiwu.shared.TenantId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A plant cannot be deleted while work centres stand in it. */
@Component
class WorkCentresOnSite implements StructureReferences {

	private final ManagingWorkCentres centres;

	private final MessageSource messages;

	WorkCentresOnSite(ManagingWorkCentres centres, MessageSource messages) {
		this.centres = centres;
		this.messages = messages;
	}

	@Override
	public List<String> referencesTo(TenantId tenant, UUID node) {
		return this.centres.codesOnPlant(tenant, node)
			.stream()
			.map((code) -> this.messages.getMessage("production.ref.work-centre", new Object[] { code },
					LocaleContextHolder.getLocale()))
			.toList();
	}

}
