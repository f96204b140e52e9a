package io.kaiwu.device.registry;

import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.StructureReferences;
import io.kaiwu.shared.TenantId;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A structure node cannot be deleted while devices are placed on it. */
@Component
class DevicesOnNodes implements StructureReferences {

	private final Devices devices;

	private final MessageSource messages;

	DevicesOnNodes(Devices devices, MessageSource messages) {
		this.devices = devices;
		this.messages = messages;
	}

	@Override
	public List<String> referencesTo(TenantId tenant, UUID node) {
		long count = this.devices.onNode(tenant.value(), node);
		return (count == 0) ? List.of() : List.of(this.messages.getMessage("device.ref.devices", new Object[] { count },
				LocaleContextHolder.getLocale()));
	}

}
