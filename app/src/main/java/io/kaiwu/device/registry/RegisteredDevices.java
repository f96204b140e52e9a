package io.kaiwu.device.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.device.DeviceCatalog;
import io.kaiwu.device.DeviceCredentials;
import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.DeviceWentOffline;
import io.kaiwu.device.DeviceWentOnline;
import io.kaiwu.device.ThingModel;
import io.kaiwu.device.thingmodel.DeviceType;
import io.kaiwu.device.thingmodel.ManagingDeviceTypes;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The device registry the connectivity modules use: lookups by the device key. */
@Service
class RegisteredDevices implements DeviceRegistry, DeviceCatalog {

	/** Keys per statement of a batched update. */
	private static final int BATCH = 500;

	private final Devices devices;

	private final ManagingDevices managing;

	private final ManagingDeviceTypes types;

	private final ApplicationEventPublisher events;

	RegisteredDevices(Devices devices, ManagingDevices managing, ManagingDeviceTypes types,
			ApplicationEventPublisher events) {
		this.devices = devices;
		this.managing = managing;
		this.types = types;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeviceCredentials> authenticate(String deviceKey, String secret) {
		Optional<Device> device = this.devices.findByKey(deviceKey);
		boolean matches = DeviceSecrets.matches(secret, device.map(Device::secretHash).orElse(null));
		return device.filter((d) -> matches)
			.map((d) -> new DeviceCredentials(TenantId.of(d.tenant()), d.id(), d.key()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeviceSummary> findByKey(String deviceKey) {
		return this.devices.findByKey(deviceKey).map(this::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ThingModel> thingModelOfType(TenantId tenant, UUID typeId) {
		return this.types.find(tenant, typeId).map(DeviceType::model);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.SortedMap<String, UUID> typeCodes(TenantId tenant) {
		return new java.util.TreeMap<>(this.types.codes(tenant));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DeviceSummary> device(TenantId tenant, UUID deviceId) {
		return this.devices.find(tenant.value(), deviceId).map(this::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public List<DeviceSummary> devices(TenantId tenant) {
		return this.devices.all(tenant.value()).stream().map(this::summary).toList();
	}

	private DeviceSummary summary(Device d) {
		TenantId tenant = TenantId.of(d.tenant());
		Optional<DeviceType> type = this.types.find(tenant, d.typeId());
		ThingModel model = type.map(DeviceType::model).orElse(ThingModel.empty());
		String typeCode = type.map(DeviceType::code).orElse("");
		return new DeviceSummary(tenant, d.id(), d.key(), d.name(), d.typeId(), typeCode, d.nodeId(), d.online(),
				d.lastSeenAt(), model);
	}

	@Override
	@Transactional
	public boolean markSeen(String deviceKey, Instant at) {
		Optional<Device> device = this.devices.findByKey(deviceKey);
		device.ifPresent((d) -> {
			this.devices.seen(d.tenant(), d.id(), at);
			if (this.devices.online(d.tenant(), d.id(), true)) {
				this.events.publishEvent(new DeviceWentOnline(TenantId.of(d.tenant()), d.id(), d.key(), at));
			}
		});
		return device.isPresent();
	}

	@Override
	@Transactional
	public int markSeen(Collection<String> deviceKeys, Instant at) {
		List<String> keys = new ArrayList<>(new LinkedHashSet<>(deviceKeys));
		int known = 0;
		for (int from = 0; from < keys.size(); from += BATCH) {
			List<String> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH));
			List<Device> found = this.devices.findByKeys(chunk);
			known += found.size();
			this.devices.seen(chunk, at);
			for (Device d : found) {
				if (!d.online() && this.devices.online(d.tenant(), d.id(), true)) {
					this.events.publishEvent(new DeviceWentOnline(TenantId.of(d.tenant()), d.id(), d.key(), at));
				}
			}
		}
		return known;
	}

	@Override
	@Transactional
	public boolean markOffline(String deviceKey, Instant at) {
		Optional<Device> device = this.devices.findByKey(deviceKey);
		device.ifPresent((d) -> {
			if (this.devices.online(d.tenant(), d.id(), false)) {
				this.events.publishEvent(new DeviceWentOffline(TenantId.of(d.tenant()), d.id(), d.key(), at));
			}
		});
		return device.isPresent();
	}

	@Override
	@Transactional
	public Optional<String> issueSecret(String deviceKey) {
		return this.devices.findByKey(deviceKey).map((d) -> this.managing.rotate(d).secret());
	}

}
