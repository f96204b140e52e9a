package io.kaiwu.alarm.notification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * One attempt to send one notice to one channel, in the channel's format: the notice's
 * JSON signed for a webhook, a markdown message for the 企业微信 and 钉钉 robots (the latter
 * signed when it has a secret), an e-mail otherwise.
 */
@Component
class Dispatch {

	private final HttpPosting http;

	private final MailSending mail;

	private final NoticeText text;

	private final JsonMapper json;

	Dispatch(HttpPosting http, MailSending mail, NoticeText text, JsonMapper json) {
		this.http = http;
		this.mail = mail;
		this.text = text;
		this.json = json;
	}

	Outcome send(Channel channel, UUID deliveryId, Notice notice) {
		String url = channel.url();
		return switch (channel.kind()) {
			case WEBHOOK -> webhook(channel, deliveryId, notice);
			case WECOM -> this.http.post(url, Map.of(), this.json.writeValueAsString(weCom(notice, channel)), true);
			case DINGTALK ->
				this.http.post(
						channel.hasSecret()
								? Signatures.dingTalkUrl(url, channel.secret(), Instant.now().toEpochMilli()) : url,
						Map.of(), this.json.writeValueAsString(dingTalk(notice, channel)), true);
			case EMAIL -> this.mail.send(channel, notice);
		};
	}

	private Outcome webhook(Channel channel, UUID deliveryId, Notice notice) {
		String body = this.json.writeValueAsString(notice);
		long timestamp = Instant.now().getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(Signatures.TIMESTAMP_HEADER, Long.toString(timestamp));
		headers.put(Signatures.SIGNATURE_HEADER, Signatures.webhook(channel.secret(), timestamp, body));
		headers.put("X-Kaiwu-Event", notice.event().name());
		headers.put("X-Kaiwu-Delivery", deliveryId.toString());
		return this.http.post(channel.url(), headers, body, false);
	}

	/** 企业微信群机器人: {"msgtype":"markdown","markdown":{"content":…}}. */
	Map<String, Object> weCom(Notice notice, Channel channel) {
		return Map.of("msgtype", "markdown", "markdown",
				Map.of("content", this.text.markdown(notice, channel.language())));
	}

	/** 钉钉自定义机器人: {"msgtype":"markdown","markdown":{"title":…,"text":…}}. */
	Map<String, Object> dingTalk(Notice notice, Channel channel) {
		return Map.of("msgtype", "markdown", "markdown", Map.of("title", this.text.title(notice, channel.language()),
				"text", this.text.markdown(notice, channel.language())));
	}

}
