package io.kaiwu.alarm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's notification channel (通知渠道).
 *
 * @param id the channel.
 * @param tenant whose channel.
 * @param name shown in lists.
 * @param kind where it sends.
 * @param url the webhook or robot URL; {@literal null} for e-mail.
 * @param secret the webhook's signing key or the DingTalk robot's 加签 secret; never shown.
 * @param recipients the e-mail addresses; empty for the others.
 * @param language of the messages.
 * @param minSeverity the least urgent severity that is sent.
 * @param events which alarm events are sent.
 * @param enabled whether it sends at all.
 * @param createdAt when created.
 * @param updatedAt when last changed.
 */
public record Channel(UUID id, TenantId tenant, String name, ChannelKind kind, @Nullable String url,
		@Nullable String secret, List<String> recipients, NoticeLanguage language, Severity minSeverity,
		Set<NotifiedEvent> events, boolean enabled, Instant createdAt, Instant updatedAt) {

	/** Whether a notice of this event and severity goes to this channel. */
	public boolean wants(NotifiedEvent event, Severity severity) {
		return this.enabled && this.events.contains(event) && severity.ordinal() <= this.minSeverity.ordinal();
	}

	public boolean hasSecret() {
		return this.secret != null && !this.secret.isEmpty();
	}

	/**
	 * The URL as it may be shown: every query value is masked, because robots carry their
	 * key or access token there.
	 */
	public @Nullable String maskedUrl() {
		return masked(this.url);
	}

	static @Nullable String masked(@Nullable String url) {
		if (url == null) {
			return null;
		}
		int query = url.indexOf('?');
		if (query < 0) {
			return url;
		}
		String masked = java.util.Arrays.stream(url.substring(query + 1).split("&"))
			.map((pair) -> (pair.indexOf('=') < 0) ? pair : pair.substring(0, pair.indexOf('=')) + "=****")
			.collect(Collectors.joining("&"));
		return url.substring(0, query + 1) + masked;
	}

	/** The host the channel posts to, for logs. */
	public String target() {
		return (this.url != null) ? String.valueOf(URI.create(this.url).getHost()) : String.join(", ", this.recipients);
	}

	/** Never prints the secret or the URL's query (a record's default would). */
	@Override
	public String toString() {
		return "Channel[" + this.id + " " + this.kind + " " + this.name + " " + maskedUrl() + "]";
	}

}
