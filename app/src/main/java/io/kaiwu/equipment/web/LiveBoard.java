package io.kaiwu.equipment.web;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.kaiwu.alarm.AlarmCleared;
import io.kaiwu.alarm.AlarmRaised;
import io.kaiwu.alarm.Originator;
import io.kaiwu.equipment.MachineStateChanged;
import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.equipment.registry.Equipment;
import io.kaiwu.shared.LiveStreams;
import io.kaiwu.shared.TenantId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The push behind the live equipment board: each open board holds one stream, which gets
 * the event {@code changed} (data: the machine's or device's id) once a state change, a
 * part count or an alarm raised or cleared of one of its machines was committed. The page
 * then fetches its tiles again. Changes arriving within {@link #COALESCE} make one push,
 * so a burst of part counts costs each board one fetch.
 */
@Component
class LiveBoard {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	/** Changes within this time make one push. */
	static final Duration COALESCE = Duration.ofSeconds(1);

	/** Open boards per tenant at most; the oldest is ended beyond that. */
	static final int MAX_PER_TENANT = 200;

	/** What an open board shows: the ids of its machines and of their devices. */
	record Watched(Set<String> ids) {

		static Watched of(List<Equipment> machines) {
			Set<String> ids = new HashSet<>();
			for (Equipment machine : machines) {
				ids.add(machine.id().toString());
				if (machine.deviceId() != null) {
					ids.add(machine.deviceId().toString());
				}
			}
			return new Watched(Set.copyOf(ids));
		}

		boolean covers(String id) {
			return this.ids.contains(id);
		}

	}

	/** Per tenant, the machines and devices changed since the last push. */
	private final Map<TenantId, Set<String>> changed = new ConcurrentHashMap<>();

	private final LiveStreams<Watched> streams;

	LiveBoard(LiveStreams<Watched> streams) {
		this.streams = streams;
	}

	SseEmitter subscribe(TenantId tenant, List<Equipment> machines) {
		return this.streams.subscribe(tenant, Watched.of(machines), SseEmitter.event().name("open").data("open"));
	}

	/** How many boards a tenant has open. */
	int open(TenantId tenant) {
		return this.streams.open(tenant);
	}

	@EventListener
	void stateChanged(MachineStateChanged event) {
		afterCommit(event.tenant(), event.equipmentId().toString());
	}

	@EventListener
	void partsCounted(PartsCounted event) {
		afterCommit(event.tenant(), event.equipmentId().toString());
	}

	@EventListener
	void alarmRaised(AlarmRaised event) {
		if (Originator.DEVICE.equals(event.originator().kind())) {
			afterCommit(event.tenant(), event.originator().id());
		}
	}

	@EventListener
	void alarmCleared(AlarmCleared event) {
		if (Originator.DEVICE.equals(event.originator().kind())) {
			afterCommit(event.tenant(), event.originator().id());
		}
	}

	/**
	 * Pushes once the change was committed, so the tiles fetched then show it: each board
	 * watching any of the machines or devices changed meanwhile gets one event.
	 */
	private void afterCommit(TenantId tenant, String changed) {
		Runnable push = () -> {
			if (this.streams.open(tenant) == 0) {
				return;
			}
			this.changed.computeIfAbsent(tenant, (t) -> ConcurrentHashMap.newKeySet()).add(changed);
			this.streams.pushCoalesced(tenant, COALESCE, () -> {
				Set<String> ids = this.changed.remove(tenant);
				Set<String> since = (ids != null) ? Set.copyOf(ids) : Set.of();
				return (watched) -> since.stream()
					.filter(watched::covers)
					.findFirst()
					.map((id) -> SseEmitter.event().name("changed").data(id))
					.orElse(null);
			});
		};
		LiveStreams.afterCommit(push);
	}

}
