package io.kaiwu.device.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.device.DeviceProvisioning;
import io.kaiwu.device.DeviceRegistered;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.thingmodel.DeviceType;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Devices that register themselves through their connector (Sparkplug B births). */
@Service
class ProvisionedDevices implements DeviceProvisioning {

	private final Devices devices;

	private final ManagingDeviceTypes types;

	private final EnterpriseStructure structure;

	private final DeviceRegistry registry;

	private final ApplicationEventPublisher events;

	ProvisionedDevices(Devices devices, ManagingDeviceTypes types, EnterpriseStructure structure,
			DeviceRegistry registry, ApplicationEventPublisher events) {
		this.devices = devices;
		this.types = types;
		this.structure = structure;
		this.registry = registry;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canPlace(TenantId tenant, UUID plantNodeId) {
		return this.structure.findNode(tenant, plantNodeId).isPresent();
	}

	@Override
	@Transactional
	public DeviceSummary provision(Announcement announcement) {
		TenantId tenant = announcement.tenant();
		String key = announcement.deviceKey();
		if (!DeviceRows.KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("not a valid device key (letters, digits, . _ -, at most 64): " + key);
		}
		Optional<Device> existing = this.devices.findByKey(key);
		if (existing.isPresent() && !existing.get().tenant().equals(tenant.value())) {
			throw new IllegalArgumentException("the device key " + key + " belongs to another tenant");
		}
		DeviceType type;
		try {
			// a device registered beforehand keeps its type, with the names people gave
			// it
			String typeCode = existing.isPresent()
					? this.registry.findByKey(key).map(DeviceSummary::typeCode).orElse(announcement.typeCode())
					: announcement.typeCode();
			type = this.types.provide(tenant, typeCode, announcement.typeName(), announcement.properties());
		}
		catch (KaiwuProblem.InvalidInput ex) {
			String fields = ex.errors()
				.stream()
				.map((e) -> e.field() + " " + e.messageKey())
				.collect(java.util.stream.Collectors.joining(", "));
			throw new IllegalArgumentException("the announced thing model breaks the rules: " + fields, ex);
		}
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		if (existing.isEmpty()) {
			if (this.structure.findNode(tenant, announcement.plantNodeId()).isEmpty()) {
				throw new IllegalArgumentException("unknown place " + announcement.plantNodeId() + " for " + key);
			}
			// a secret nobody is told: the device signs in through its connector
			Device device = new Device(UUID.randomUUID(), tenant.value(), key, announcement.name(), "", type.id(),
					announcement.plantNodeId(), DeviceSecrets.hash(DeviceSecrets.generate()), now, false, null, now,
					now);
			this.devices.insert(device);
			this.events.publishEvent(ChangeRecorded.created(tenant, "device", device.id(), device.snapshot()));
			this.events.publishEvent(
					new DeviceRegistered(tenant, device.id(), device.key(), device.typeId(), device.nodeId()));
		}
		else if (!existing.get().typeId().equals(type.id())) {
			Device before = existing.get();
			Device after = new Device(before.id(), before.tenant(), key, before.name(), before.description(), type.id(),
					before.nodeId(), before.secretHash(), before.secretIssuedAt(), before.online(), before.lastSeenAt(),
					before.createdAt(), now);
			this.devices.update(after);
			this.events.publishEvent(
					ChangeRecorded.updated(tenant, "device", before.id(), before.snapshot(), after.snapshot()));
		}
		return this.registry.findByKey(key).orElseThrow();
	}

}
