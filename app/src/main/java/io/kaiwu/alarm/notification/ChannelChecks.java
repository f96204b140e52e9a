package io.kaiwu.alarm.notification;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kaiwu.alarm.Severity;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * Checks a channel draft and names every bad field: a URL for the posting kinds (http or
 * https with a host), a signing secret of at least 16 characters for a webhook, valid
 * recipients for e-mail, and known severities, events and languages.
 */
final class ChannelChecks {

	static final int MIN_WEBHOOK_SECRET = 16;

	static final int MAX_RECIPIENTS = 20;

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

	private ChannelChecks() {
	}

	/**
	 * The checked channel.
	 * @param before the stored channel when changing one, whose URL and secret are kept
	 * when the draft leaves them out.
	 */
	static Channel check(TenantId tenant, UUID id, ChannelDraft draft, @Nullable Channel before, Instant now) {
		List<FieldError> errors = new ArrayList<>();
		String name = text(draft.name(), "name", 200, errors);
		ChannelKind kind = choice(ChannelKind.class, draft.kind(), "kind", errors);
		NoticeLanguage language = (draft.language() == null || draft.language().isBlank()) ? NoticeLanguage.BOTH
				: choice(NoticeLanguage.class, draft.language(), "language", errors);
		Severity minSeverity = (draft.minSeverity() == null || draft.minSeverity().isBlank()) ? Severity.WARNING
				: choice(Severity.class, draft.minSeverity(), "minSeverity", errors);
		Set<NotifiedEvent> events = events(draft.events(), errors);
		String url = (draft.url() == null && before != null) ? before.url() : blankToNull(draft.url());
		String secret = (draft.secret() == null && before != null) ? before.secret() : blankToNull(draft.secret());
		List<String> recipients = List.of();
		if (kind != null && kind.posts()) {
			url = url(url, errors);
			if (kind == ChannelKind.WEBHOOK && (secret == null || secret.length() < MIN_WEBHOOK_SECRET)) {
				errors.add(new FieldError("secret", "problem.alarm.channel.secret", MIN_WEBHOOK_SECRET));
			}
			if (kind == ChannelKind.WECOM) {
				secret = null;
			}
			if (secret != null && secret.length() > 500) {
				errors.add(new FieldError("secret", "problem.alarm.too-long", 500));
			}
		}
		else if (kind == ChannelKind.EMAIL) {
			url = null;
			secret = null;
			recipients = recipients(draft.recipients(), errors);
		}
		if (!errors.isEmpty() || name == null || kind == null || language == null || minSeverity == null) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new Channel(id, tenant, name, kind, url, secret, recipients, language, minSeverity, events,
				!Boolean.FALSE.equals(draft.enabled()), (before != null) ? before.createdAt() : now, now);
	}

	private static @Nullable String url(@Nullable String url, List<FieldError> errors) {
		if (url == null) {
			errors.add(new FieldError("url", "problem.alarm.required"));
			return null;
		}
		if (url.length() > 2000) {
			errors.add(new FieldError("url", "problem.alarm.too-long", 2000));
			return null;
		}
		try {
			URI uri = new URI(url);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return url;
			}
		}
		catch (URISyntaxException ex) {
			// named below
		}
		errors.add(new FieldError("url", "problem.alarm.channel.url", Channel.masked(url)));
		return null;
	}

	private static List<String> recipients(@Nullable List<String> given, List<FieldError> errors) {
		List<String> recipients = (given == null) ? List.of()
				: given.stream()
					.flatMap((r) -> java.util.Arrays.stream(r.split("[,;\\s]+")))
					.filter((r) -> !r.isBlank())
					.distinct()
					.toList();
		if (recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
			errors.add(new FieldError("recipients", "problem.alarm.channel.recipients", MAX_RECIPIENTS));
			return List.of();
		}
		List<String> bad = recipients.stream().filter((r) -> !ADDRESS.matcher(r).matches()).toList();
		if (!bad.isEmpty()) {
			errors.add(new FieldError("recipients", "problem.alarm.channel.address", String.join(", ", bad)));
		}
		return recipients;
	}

	private static Set<NotifiedEvent> events(@Nullable List<String> given, List<FieldError> errors) {
		if (given == null || given.isEmpty()) {
			return EnumSet.copyOf(NotifiedEvent.CHOOSABLE);
		}
		Set<NotifiedEvent> events = EnumSet.noneOf(NotifiedEvent.class);
		for (String event : given) {
			NotifiedEvent chosen = choice(NotifiedEvent.class, event, "events", errors);
			if (chosen != null && chosen != NotifiedEvent.TEST) {
				events.add(chosen);
			}
		}
		return events;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable String text(@Nullable String value, String field, int max, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "problem.alarm.required"));
			return null;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "problem.alarm.too-long", max));
			return null;
		}
		return value.strip();
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
			List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "problem.alarm.required"));
			return null;
		}
		try {
			E chosen = Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
			if (chosen != NotifiedEvent.TEST) {
				return chosen;
			}
		}
		catch (IllegalArgumentException ex) {
			// named below
		}
		String allowed = java.util.Arrays.stream(type.getEnumConstants())
			.filter((c) -> c != NotifiedEvent.TEST)
			.map(Enum::name)
			.collect(Collectors.joining(", "));
		errors.add(new FieldError(field, "problem.alarm.choice", value, allowed));
		return null;
	}

}
