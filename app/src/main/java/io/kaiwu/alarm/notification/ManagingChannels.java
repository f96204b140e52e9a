package io.kaiwu.alarm.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.AlarmMessage;
import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Originator;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's notification channels: checked, audited ({@code alarm-channel}, never with
 * the secret), tested on demand, and their delivery log.
 */
@Service
public class ManagingChannels {

	private final ChannelRecords records;

	private final DeliveryRecords deliveries;

	private final Dispatch dispatch;

	private final NoticeText text;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	ManagingChannels(ChannelRecords records, DeliveryRecords deliveries, Dispatch dispatch, NoticeText text,
			JsonMapper json, ApplicationEventPublisher events) {
		this.records = records;
		this.deliveries = deliveries;
		this.dispatch = dispatch;
		this.text = text;
		this.json = json;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<Channel> list(TenantId tenant, PageQuery page) {
		return Page.of(this.records.page(tenant, page), this.records.count(tenant), page);
	}

	@Transactional(readOnly = true)
	public Channel get(TenantId tenant, UUID id) {
		return this.records.find(tenant, id).orElseThrow(() -> new KaiwuProblem.NotFound("alarm channel", id));
	}

	@Transactional
	public Channel create(TenantId tenant, ChannelDraft draft) {
		Channel channel = ChannelChecks.check(tenant, UUID.randomUUID(), draft, null, Instant.now());
		this.records.insert(channel);
		this.events.publishEvent(ChangeRecorded.created(tenant, "alarm-channel", channel.id(), audited(channel)));
		return channel;
	}

	@Transactional
	public Channel update(TenantId tenant, UUID id, ChannelDraft draft) {
		Channel before = get(tenant, id);
		Channel after = ChannelChecks.check(tenant, id, draft, before, Instant.now());
		this.records.update(after);
		this.events.publishEvent(ChangeRecorded.updated(tenant, "alarm-channel", id, audited(before), audited(after)));
		return after;
	}

	@Transactional
	public void delete(TenantId tenant, UUID id) {
		Channel channel = get(tenant, id);
		this.records.delete(tenant, id);
		this.events.publishEvent(ChangeRecorded.deleted(tenant, "alarm-channel", id, audited(channel)));
	}

	/**
	 * Sends a test notice at once (not through the outbox, no retry) and logs it as a
	 * delivery of event TEST. No transaction is held open while the receiver answers.
	 * @return the delivery with its one attempt.
	 */
	public Delivery test(TenantId tenant, UUID id, String by) {
		Channel channel = get(tenant, id);
		Instant now = Instant.now();
		Notice notice = new Notice(NotifiedEvent.TEST, tenant.value(), UUID.randomUUID(),
				new Originator("alarm-channel", channel.id().toString()), channel.minSeverity(),
				AlarmState.ACTIVE_UNACKNOWLEDGED,
				new AlarmMessage(testMessage(channel, Locale.SIMPLIFIED_CHINESE), testMessage(channel, Locale.ENGLISH)),
				by, now);
		UUID deliveryId = UUID.randomUUID();
		this.deliveries.insert(deliveryId, channel, notice, this.json.writeValueAsString(notice),
				Delivery.Status.PENDING, null, now);
		Outcome outcome = this.dispatch.send(channel, deliveryId, notice);
		this.deliveries.attempted(deliveryId, 1, now, outcome, null);
		return this.deliveries.page(tenant, id, PageQuery.of(0, 50))
			.stream()
			.filter((d) -> d.id().equals(deliveryId))
			.findFirst()
			.orElseThrow();
	}

	private String testMessage(Channel channel, Locale locale) {
		return this.text.label("alarm.notify.test-message", locale, channel.name());
	}

	@Transactional(readOnly = true)
	public Page<Delivery> deliveries(TenantId tenant, UUID channelId, PageQuery page) {
		get(tenant, channelId);
		return Page.of(this.deliveries.page(tenant, channelId, page), this.deliveries.count(tenant, channelId), page);
	}

	/** What the audit log keeps of a channel: never the secret, the URL masked. */
	private static Map<String, Object> audited(Channel channel) {
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("name", channel.name());
		audit.put("kind", channel.kind().name());
		audit.put("url", String.valueOf(channel.maskedUrl()));
		audit.put("secretSet", channel.hasSecret());
		audit.put("recipients", String.join(",", channel.recipients()));
		audit.put("language", channel.language().name());
		audit.put("minSeverity", channel.minSeverity().name());
		audit.put("events", channel.events().stream().map(Enum::name).toList());
		audit.put("enabled", channel.enabled());
		return audit;
	}

}
