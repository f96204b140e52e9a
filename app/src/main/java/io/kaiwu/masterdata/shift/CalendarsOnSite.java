package io.kaiwu.masterdata.shift;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.StructureReferences;
import io.kaiwu.shared.TenantId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A site cannot be deleted while a shift calendar hangs on it. */
@Component
class CalendarsOnSite implements StructureReferences {

	private final PlanningShifts shifts;

	private final MessageSource messages;

	CalendarsOnSite(PlanningShifts shifts, MessageSource messages) {
		this.shifts = shifts;
		this.messages = messages;
	}

	@Override
	public List<String> referencesTo(TenantId tenant, UUID node) {
		return this.shifts.calendarsOn(tenant, node)
			.stream()
			.map((name) -> this.messages.getMessage("masterdata.ref.shift-calendar", new Object[] { name },
					LocaleContextHolder.getLocale()))
			.toList();
	}

}
