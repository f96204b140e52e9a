package io.kaiwu.device;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What the connectivity slices (MQTT, HTTP ingest, Sparkplug B, OPC UA, Modbus, the
 * simulator) ask about devices. Lookups are by the platform-unique device key, across
 * tenants, because a device signs in with nothing but its key and secret.
 */
public interface DeviceRegistry {

	/**
	 * Checks a device's key and secret: the SHA-256 of the secret is compared in constant
	 * time with the stored hash.
	 * @param deviceKey the key the device sent (MQTT user name, HTTP Basic user).
	 * @param secret the secret it sent.
	 * @return the device, or empty when the key is unknown or the secret is wrong.
	 */
	Optional<DeviceCredentials> authenticate(String deviceKey, String secret);

	/**
	 * A device with its type's thing model.
	 * @param deviceKey the platform-unique key.
	 * @return empty when no device has this key.
	 */
	Optional<DeviceSummary> findByKey(String deviceKey);

	/**
	 * Records that a device sent something: sets its last-seen time (never backwards)
	 * and, when it was offline, marks it online and publishes {@link DeviceWentOnline}.
	 * @param deviceKey the device.
	 * @param at when it was seen.
	 * @return whether the key is known.
	 */
	boolean markSeen(String deviceKey, Instant at);

	/**
	 * {@link #markSeen(String, Instant)} for many devices at once, in one transaction
	 * (the MQTT heartbeat and grouped telemetry ingestion use it).
	 * @param deviceKeys the devices.
	 * @param at when they were seen.
	 * @return how many of the keys are known.
	 */
	default int markSeen(Collection<String> deviceKeys, Instant at) {
		int known = 0;
		for (String key : deviceKeys) {
			if (markSeen(key, at)) {
				known++;
			}
		}
		return known;
	}

	/**
	 * Marks a device offline (it disconnected, or was silent too long); publishes
	 * {@link DeviceWentOffline} when it was online.
	 * @param deviceKey the device.
	 * @param at when.
	 * @return whether the key is known.
	 */
	boolean markOffline(String deviceKey, Instant at);

	/**
	 * Gives a device a new secret (the old one stops working at once) and returns it in
	 * clear, once. For provisioning by a trusted module such as the simulator; audited
	 * like a rotation by a user.
	 * @param deviceKey the device.
	 * @return the new secret, or empty when the key is unknown.
	 */
	Optional<String> issueSecret(String deviceKey);

}
