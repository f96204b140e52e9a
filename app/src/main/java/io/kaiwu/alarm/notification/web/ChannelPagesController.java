package io.kaiwu.alarm.notification.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.notification.Channel;
import io.kaiwu.alarm.notification.ChannelDraft;
import io.kaiwu.alarm.notification.ChannelKind;
import io.kaiwu.alarm.notification.ManagingChannels;
import io.kaiwu.alarm.notification.NoticeLanguage;
import io.kaiwu.alarm.notification.NotifiedEvent;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notification channels as pages: the list with a form for a new channel, and one
 * channel's form with its delivery log and the "send test" button.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class ChannelPagesController {

	private final ManagingChannels channels;

	private final ProblemDetails problems;

	ChannelPagesController(ManagingChannels channels, ProblemDetails problems) {
		this.channels = channels;
		this.problems = problems;
	}

	/**
	 * The form's fields as the browser sends them. An empty URL or secret keeps the
	 * stored one when editing; recipients are one comma-separated text.
	 */
	record ChannelForm(@Nullable String name, @Nullable String kind, @Nullable String url, @Nullable String secret,
			@Nullable String recipients, @Nullable String language, @Nullable String minSeverity,
			@Nullable List<String> events, @Nullable Boolean enabled) {

		ChannelDraft draft() {
			return new ChannelDraft(this.name, this.kind, blankToNull(this.url), blankToNull(this.secret),
					(this.recipients == null) ? null : Arrays.asList(this.recipients.split(",")), this.language,
					this.minSeverity, (this.events == null) ? List.of() : this.events,
					Boolean.TRUE.equals(this.enabled));
		}

		static ChannelForm of(Channel c) {
			return new ChannelForm(c.name(), c.kind().name(), null, null, String.join(", ", c.recipients()),
					c.language().name(), c.minSeverity().name(), c.events().stream().map(Enum::name).toList(),
					c.enabled());
		}

		public boolean chosen(String event) {
			return this.events != null && this.events.contains(event);
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value;
		}

	}

	private static final ChannelForm NEW = new ChannelForm(null, ChannelKind.WECOM.name(), null, null, null,
			NoticeLanguage.BOTH.name(), Severity.WARNING.name(),
			NotifiedEvent.CHOOSABLE.stream().map(Enum::name).toList(), true);

	@GetMapping("/alarm-channels")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("page", this.channels.list(me.requireTenant(), PageQuery.of(page, 50)));
		choices(model, me);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", NEW);
		}
		return "alarm/channels";
	}

	@PostMapping("/alarm-channels")
	@PreAuthorize("hasRole('ENGINEER')")
	String create(@ModelAttribute ChannelForm form, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			Channel channel = this.channels.create(me.requireTenant(), form.draft());
			return "redirect:/alarm-channels/" + channel.id();
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors(ex));
			return list(null, model);
		}
	}

	@GetMapping("/alarm-channels/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Channel channel = this.channels.get(me.requireTenant(), id);
		model.addAttribute("channel", channel);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ChannelForm.of(channel));
		}
		model.addAttribute("deliveries", this.channels.deliveries(me.requireTenant(), id, PageQuery.of(page, 20)));
		choices(model, me);
		return "alarm/channel";
	}

	@PostMapping("/alarm-channels/{id}")
	@PreAuthorize("hasRole('ENGINEER')")
	String update(@PathVariable UUID id, @ModelAttribute ChannelForm form, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			this.channels.update(me.requireTenant(), id, form.draft());
			return "redirect:/alarm-channels/" + id;
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("form", form);
			model.addAttribute("errors", errors(ex));
			return show(id, null, model);
		}
	}

	@PostMapping("/alarm-channels/{id}/test")
	@PreAuthorize("hasRole('ENGINEER')")
	String test(@PathVariable UUID id) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		this.channels.test(me.requireTenant(), id, me.username());
		return "redirect:/alarm-channels/" + id;
	}

	@PostMapping("/alarm-channels/{id}/delete")
	@PreAuthorize("hasRole('ENGINEER')")
	String delete(@PathVariable UUID id) {
		this.channels.delete(CurrentPrincipal.get().requireTenant(), id);
		return "redirect:/alarm-channels";
	}

	private void choices(Model model, KaiwuPrincipal me) {
		model.addAttribute("kinds", ChannelKind.values());
		model.addAttribute("languages", NoticeLanguage.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("events", NotifiedEvent.CHOOSABLE);
		model.addAttribute("canEdit", me.has(Role.ENGINEER));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
	}

	private List<String> errors(KaiwuProblem.InvalidInput ex) {
		return this.problems.lines(ex);
	}

}
