package io.kaiwu.device.registry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The device module's settings (docs/configuration.md).
 *
 * @param offlineAfter how long an online device may stay silent before the offline sweep
 * marks it offline ({@code KAIWU_DEVICE_OFFLINE_AFTER}); devices with an open MQTT
 * connection are kept seen by the broker's heartbeat and are not swept.
 */
@ConfigurationProperties("kaiwu.device")
public record DeviceSettings(@DefaultValue("PT5M") Duration offlineAfter) {

	public DeviceSettings {
		if (offlineAfter.isNegative() || offlineAfter.isZero()) {
			throw new IllegalArgumentException(
					"kaiwu.device.offline-after (KAIWU_DEVICE_OFFLINE_AFTER) must be positive, was " + offlineAfter);
		}
	}

}
