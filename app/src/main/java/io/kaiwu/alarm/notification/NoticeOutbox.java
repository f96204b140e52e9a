package io.kaiwu.alarm.notification;

import java.time.Instant;
import java.util.Optional;

import io.kaiwu.alarm.AlarmAcknowledged;
import io.kaiwu.alarm.AlarmCleared;
import io.kaiwu.alarm.AlarmEscalated;
import io.kaiwu.alarm.AlarmLookup;
import io.kaiwu.alarm.AlarmRaised;
import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.AlarmSummary;
import io.kaiwu.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes one delivery per interested channel when an alarm event happened. It listens
 * after the alarm's transaction committed, on its own thread and transaction
 * ({@link ApplicationModuleListener}), so the alarm never waits for it; the event
 * publication registry keeps the event until this has run, so a crash in between loses
 * nothing (the event is published again on restart, and a repeated event makes no second
 * delivery).
 */
@Component
class NoticeOutbox {

	private final ChannelRecords channels;

	private final DeliveryRecords deliveries;

	private final AlarmLookup alarms;

	private final DeliverySender sender;

	private final JsonMapper json;

	NoticeOutbox(ChannelRecords channels, DeliveryRecords deliveries, AlarmLookup alarms, DeliverySender sender,
			JsonMapper json) {
		this.channels = channels;
		this.deliveries = deliveries;
		this.alarms = alarms;
		this.sender = sender;
		this.json = json;
	}

	@ApplicationModuleListener
	void raised(AlarmRaised e) {
		enqueue(new Notice(NotifiedEvent.RAISED, e.tenant().value(), e.alarmId(), e.originator(), e.severity(),
				AlarmState.ACTIVE_UNACKNOWLEDGED, e.message(), null, e.at()));
	}

	@ApplicationModuleListener
	void escalated(AlarmEscalated e) {
		enqueue(new Notice(NotifiedEvent.ESCALATED, e.tenant().value(), e.alarmId(), e.originator(), e.severity(),
				AlarmState.ACTIVE_UNACKNOWLEDGED, e.message(), null, e.at()));
	}

	@ApplicationModuleListener
	void acknowledged(AlarmAcknowledged e) {
		alarm(e.tenant(), e.alarmId())
			.ifPresent((a) -> enqueue(new Notice(NotifiedEvent.ACKNOWLEDGED, e.tenant().value(), e.alarmId(),
					e.originator(), a.severity(), e.state(), a.message(), e.by(), e.at())));
	}

	@ApplicationModuleListener
	void cleared(AlarmCleared e) {
		alarm(e.tenant(), e.alarmId()).ifPresent((a) -> enqueue(new Notice(NotifiedEvent.CLEARED, e.tenant().value(),
				e.alarmId(), e.originator(), a.severity(), e.state(), a.message(), e.by(), e.at())));
	}

	private Optional<AlarmSummary> alarm(TenantId tenant, java.util.UUID alarmId) {
		return this.alarms.alarm(tenant, alarmId);
	}

	private void enqueue(Notice notice) {
		String body = this.json.writeValueAsString(notice);
		Instant now = Instant.now();
		boolean any = false;
		for (Channel channel : this.channels.enabled(TenantId.of(notice.tenant()))) {
			if (channel.wants(notice.event(), notice.severity())) {
				any |= this.deliveries.enqueue(channel, notice, body, now);
			}
		}
		if (any && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					NoticeOutbox.this.sender.wake();
				}
			});
		}
	}

}
