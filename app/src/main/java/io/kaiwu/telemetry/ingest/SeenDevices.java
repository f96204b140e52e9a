package io.kaiwu.telemetry.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.kaiwu.device.DeviceRegistry;
import io.kaiwu.device.DeviceWentOffline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which devices sent grouped telemetry since the last second: marks them seen once a
 * second in one transaction
 * ({@link DeviceRegistry#markSeen(java.util.Collection, Instant)}), instead of one
 * database write per message. The last-seen time is thereby late by at most a second.
 */
@Component
class SeenDevices implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SeenDevices.class);

	/** A device written this recently is not written again for every message. */
	static final Duration REFRESH = Duration.ofSeconds(15);

	private final DeviceRegistry registry;

	private final Map<String, Instant> pending = new ConcurrentHashMap<>();

	/** When each device's last-seen time was last written, as far as this knows. */
	private final Map<String, Instant> written = new ConcurrentHashMap<>();

	SeenDevices(DeviceRegistry registry) {
		this.registry = registry;
	}

	void seen(String deviceKey, Instant at) {
		Instant last = this.written.get(deviceKey);
		if (last != null && at.isBefore(last.plus(REFRESH))) {
			return;
		}
		this.pending.merge(deviceKey, at, (a, b) -> a.isAfter(b) ? a : b);
	}

	/**
	 * A device that went offline (its MQTT connection closed) must not be marked online
	 * again by a flush of what it sent before.
	 */
	@EventListener
	void on(DeviceWentOffline offline) {
		this.pending.remove(offline.deviceKey());
		this.written.remove(offline.deviceKey());
	}

	@Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.SECONDS)
	synchronized void flush() {
		Map<String, Instant> seen = new HashMap<>();
		for (String key : this.pending.keySet()) {
			// removed one by one: a device seen meanwhile stays for the next flush
			Instant at = this.pending.remove(key);
			if (at != null) {
				seen.put(key, at);
			}
		}
		if (seen.isEmpty()) {
			return;
		}
		Instant newest = seen.values().stream().max(Instant::compareTo).orElseThrow();
		try {
			this.registry.markSeen(seen.keySet(), newest);
			if (this.written.size() > 100_000) {
				this.written.clear();
			}
			seen.keySet().forEach((key) -> this.written.put(key, newest));
		}
		catch (RuntimeException ex) {
			log.warn("Could not mark {} devices seen", seen.size(), ex);
		}
	}

	@Override
	public void destroy() {
		flush();
	}

}
