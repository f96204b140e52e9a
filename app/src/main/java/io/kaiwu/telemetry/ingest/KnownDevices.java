package io.kaiwu.telemetry.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.DeviceTypeChanged;
import io.kaiwu.shared.ChangeRecorded;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The devices that send telemetry, with their thing models, kept in memory so that a
 * message costs no database lookup. Any change to a device or a device type empties the
 * cache, once when the change is announced and again after its transaction commits (so
 * that a lookup racing the commit cannot keep the old state). Unknown keys are not kept.
 */
@Component
class KnownDevices {

	/** Beyond this many devices the cache starts over rather than grow without bound. */
	static final int MAX = 100_000;

	private final DeviceRegistry registry;

	private final Map<String, DeviceSummary> devices = new ConcurrentHashMap<>();

	KnownDevices(DeviceRegistry registry) {
		this.registry = registry;
	}

	Optional<DeviceSummary> find(String deviceKey) {
		DeviceSummary known = this.devices.get(deviceKey);
		if (known != null) {
			return Optional.of(known);
		}
		Optional<DeviceSummary> found = this.registry.findByKey(deviceKey);
		found.ifPresent((device) -> {
			if (this.devices.size() >= MAX) {
				this.devices.clear();
			}
			this.devices.put(deviceKey, device);
		});
		return found;
	}

	@EventListener
	void on(DeviceTypeChanged changed) {
		forget();
	}

	@EventListener
	void on(ChangeRecorded change) {
		if ("device".equals(change.entityType()) || "device-type".equals(change.entityType())) {
			forget();
		}
	}

	private void forget() {
		this.devices.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					KnownDevices.this.devices.clear();
				}

			});
		}
	}

}
