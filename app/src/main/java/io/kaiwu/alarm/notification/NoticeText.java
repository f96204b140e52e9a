package io.kaiwu.alarm.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A notice in words, in the channel's language (or both, Chinese first): a title, and the
 * lines severity, originator, state, who and when, as markdown for the robots, and as
 * plain text and HTML for e-mail. The labels come from the alarm message bundle.
 */
@Component
class NoticeText {

	private static final List<Locale> BOTH = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	NoticeText(MessageSource messages) {
		this.messages = messages;
	}

	static List<Locale> locales(NoticeLanguage language) {
		return switch (language) {
			case ZH -> List.of(Locale.SIMPLIFIED_CHINESE);
			case EN -> List.of(Locale.ENGLISH);
			case BOTH -> BOTH;
		};
	}

	/** One line: [severity] event: message. */
	String title(Notice notice, NoticeLanguage language) {
		return String.join(" / ", locales(language).stream().map((l) -> title(notice, l)).toList());
	}

	private String title(Notice notice, Locale locale) {
		return "[" + label("alarm.severity." + notice.severity().name(), locale) + "] "
				+ label("alarm.notify.event." + notice.event().name(), locale) + ": " + notice.message().in(locale);
	}

	/** The fields of the notice, label and value, in one language. */
	private List<String[]> fields(Notice notice, Locale locale) {
		List<String[]> fields = new ArrayList<>();
		fields.add(new String[] { label("alarm.severity", locale),
				label("alarm.severity." + notice.severity().name(), locale) });
		fields.add(new String[] { label("alarm.notify.originator", locale), notice.originator().toString() });
		if (notice.state() != null) {
			fields.add(new String[] { label("alarm.state", locale),
					label("alarm.state." + notice.state().name(), locale) });
		}
		if (notice.by() != null) {
			fields.add(new String[] { label("alarm.notify.by", locale), notice.by() });
		}
		fields.add(new String[] { label("alarm.notify.at", locale), notice.at().toString() });
		fields.add(new String[] { label("alarm.notify.alarm", locale), notice.alarmId().toString() });
		return fields;
	}

	/** Markdown as the 企业微信 and 钉钉 robots render it. */
	String markdown(Notice notice, NoticeLanguage language) {
		StringBuilder text = new StringBuilder();
		for (Locale locale : locales(language)) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append("### ").append(title(notice, locale)).append('\n');
			for (String[] field : fields(notice, locale)) {
				text.append("> **").append(field[0]).append("**: ").append(field[1]).append("\n");
			}
		}
		return text.toString().stripTrailing();
	}

	String plain(Notice notice, NoticeLanguage language) {
		StringBuilder text = new StringBuilder();
		for (Locale locale : locales(language)) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(title(notice, locale)).append('\n');
			fields(notice, locale).forEach((f) -> text.append(f[0]).append(": ").append(f[1]).append('\n'));
		}
		return text.toString();
	}

	String html(Notice notice, NoticeLanguage language) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
		for (Locale locale : locales(language)) {
			html.append("<h3>").append(HtmlUtils.htmlEscape(title(notice, locale))).append("</h3><table>");
			for (String[] field : fields(notice, locale)) {
				html.append("<tr><th align=\"left\">")
					.append(HtmlUtils.htmlEscape(field[0]))
					.append("</th><td>")
					.append(HtmlUtils.htmlEscape(field[1]))
					.append("</td></tr>");
			}
			html.append("</table>");
		}
		return html.append("</body></html>").toString();
	}

	String label(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
