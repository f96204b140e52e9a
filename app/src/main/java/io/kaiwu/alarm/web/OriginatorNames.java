package io.kaiwu.alarm.web;

import java.util.UUID;

import io.kaiwu.alarm.Originator;
import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;

/**
 * What users call an originator: a device by its name, anything else by its kind and id.
 */
@Component
class OriginatorNames {

	private final DeviceCatalog devices;

	OriginatorNames(DeviceCatalog devices) {
		this.devices = devices;
	}

	String of(TenantId tenant, Originator originator) {
		if (Originator.DEVICE.equals(originator.kind())) {
			try {
				return this.devices.device(tenant, UUID.fromString(originator.id()))
					.map(DeviceSummary::name)
					.orElse(originator.toString());
			}
			catch (IllegalArgumentException ex) {
				return originator.toString();
			}
		}
		return originator.toString();
	}

}
