package io.kaiwu.device.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.kaiwu.device.DeviceWentOffline;
import io.kaiwu.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every 30 seconds marks online devices offline whose last-seen time is older than
 * {@code kaiwu.device.offline-after}, publishing {@link DeviceWentOffline} for each.
 * Connectors that hold open connections (MQTT) mark their connected devices seen on a
 * heartbeat, so a quiet but connected device is not swept.
 */
@Component
public class OfflineSweep {

	private static final Logger log = LoggerFactory.getLogger(OfflineSweep.class);

	private final Devices devices;

	private final DeviceSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	OfflineSweep(Devices devices, DeviceSettings settings, ApplicationEventPublisher events) {
		this.devices = devices;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * Marks silent devices offline.
	 * @return how many were marked offline.
	 */
	@Scheduled(fixedDelay = 30, initialDelay = 30, timeUnit = TimeUnit.SECONDS)
	@Transactional
	public int sweep() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.settings.offlineAfter());
		int swept = 0;
		for (Device d : this.devices.silentOnline(cutoff)) {
			if (this.devices.offlineIfSilent(d.tenant(), d.id(), cutoff)) {
				this.events.publishEvent(new DeviceWentOffline(TenantId.of(d.tenant()), d.id(), d.key(), now));
				swept++;
			}
		}
		if (swept > 0) {
			log.info("Marked {} devices offline that were silent since before {}", swept, cutoff);
		}
		return swept;
	}

}
