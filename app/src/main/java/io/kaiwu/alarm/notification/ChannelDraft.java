package io.kaiwu.alarm.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A channel as a user writes it, not yet checked. On a change, a {@literal null}
 * {@code url} or {@code secret} keeps the stored one (they are never shown, so a form
 * cannot send them back); an empty {@code secret} removes it.
 *
 * @param name shown in lists.
 * @param kind WEBHOOK, WECOM, DINGTALK or EMAIL.
 * @param url the webhook or robot URL (http or https).
 * @param secret the webhook's signing key (required, at least 16 characters) or the
 * DingTalk robot's 加签 secret (optional).
 * @param recipients e-mail addresses (EMAIL only).
 * @param language ZH, EN or BOTH (the default).
 * @param minSeverity the least urgent severity sent; WARNING (everything) by default.
 * @param events RAISED, ESCALATED, ACKNOWLEDGED, CLEARED; all of them by default.
 * @param enabled true by default.
 */
public record ChannelDraft(@Nullable String name, @Nullable String kind, @Nullable String url, @Nullable String secret,
		@Nullable List<String> recipients, @Nullable String language, @Nullable String minSeverity,
		@Nullable List<String> events, @Nullable Boolean enabled) {
}
