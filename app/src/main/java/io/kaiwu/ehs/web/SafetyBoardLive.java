package io.kaiwu.ehs.web;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.kaiwu.alarm.AlarmCleared;
import io.kaiwu.alarm.AlarmEscalated;
import io.kaiwu.alarm.AlarmRaised;
import io.kaiwu.alarm.Originator;
import io.kaiwu.shared.LiveStreams;
import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.MeasurementsStored;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The push behind the live safety board: each open board holds a stream that gets the
 * event {@code changed} when a device of its points stored values, or an EHS alarm of its
 * points was raised, cleared or escalated; the page then fetches its tiles again. Changes
 * within {@link #COALESCE} make one push, so a CEMS sending every few seconds costs each
 * board at most one fetch per {@link #COALESCE}.
 */
@Component
class SafetyBoardLive {

	static final Duration TIMEOUT = Duration.ofMinutes(30);

	static final Duration COALESCE = Duration.ofSeconds(2);

	static final int MAX_PER_TENANT = 100;

	/** What an open board shows: its devices' and points' ids. */
	record Watched(Set<String> ids) {

		static Watched of(SafetyBoard.View board) {
			Set<String> ids = new HashSet<>();
			board.devices().forEach((d) -> ids.add(d.toString()));
			board.owners().forEach((o) -> o.points().forEach((p) -> ids.add(p.point().id().toString())));
			return new Watched(Set.copyOf(ids));
		}

	}

	/** The streams as a bean, so that they end when Kaiwu stops. */
	@Configuration(proxyBeanMethods = false)
	static class Streams {

		@Bean
		LiveStreams<Watched> safetyBoardStreams() {
			return new LiveStreams<>("kaiwu-safety-board", MAX_PER_TENANT, TIMEOUT);
		}

	}

	private final Map<TenantId, Set<String>> changed = new ConcurrentHashMap<>();

	private final LiveStreams<Watched> streams;

	SafetyBoardLive(LiveStreams<Watched> streams) {
		this.streams = streams;
	}

	SseEmitter subscribe(TenantId tenant, SafetyBoard.View board) {
		return this.streams.subscribe(tenant, Watched.of(board), SseEmitter.event().name("open").data("open"));
	}

	@EventListener
	void stored(MeasurementsStored event) {
		changed(event.tenant(), event.deviceId().toString());
	}

	@EventListener
	void raised(AlarmRaised event) {
		ehs(event.tenant(), event.originator());
	}

	@EventListener
	void cleared(AlarmCleared event) {
		ehs(event.tenant(), event.originator());
	}

	@EventListener
	void escalated(AlarmEscalated event) {
		ehs(event.tenant(), event.originator());
	}

	private void ehs(TenantId tenant, Originator originator) {
		if (SafetyBoard.ALARM_KIND.equals(originator.kind())) {
			changed(tenant, originator.id());
		}
	}

	private void changed(TenantId tenant, String id) {
		if (this.streams.open(tenant) == 0) {
			return;
		}
		LiveStreams.afterCommit(() -> {
			this.changed.computeIfAbsent(tenant, (t) -> ConcurrentHashMap.newKeySet()).add(id);
			this.streams.pushCoalesced(tenant, COALESCE, () -> {
				Set<String> ids = this.changed.remove(tenant);
				Set<String> since = (ids != null) ? Set.copyOf(ids) : Set.of();
				return (watched) -> since.stream()
					.filter(watched.ids()::contains)
					.findFirst()
					.map((changedId) -> SseEmitter.event().name("changed").data(changedId))
					.orElse(null);
			});
		});
	}

}
