package io.kaiwu.alarm.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.kaiwu.alarm.AlarmActions;
import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.book.AlarmBook;
import io.kaiwu.alarm.book.AlarmList;
import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.domain.StormFold;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.ProblemDetails;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alarm list: open alarms first, state and severity in colour, acknowledged in place
 * (htmx swaps the row), shelved with a duration and a reason; and one alarm with its
 * history.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class AlarmPagesController {

	private final AlarmList alarms;

	private final AlarmBook book;

	private final OriginatorNames names;

	private final ProblemDetails problems;

	/** The shelving durations the form offers. */
	static final List<String> SHELVE_DURATIONS = List.of("PT30M", "PT1H", "PT2H", "PT8H", "P1D", "P7D");

	/** What other modules offer to do with an alarm (links on its page). */
	private final List<AlarmActions> actions;

	AlarmPagesController(AlarmList alarms, AlarmBook book, OriginatorNames names, ProblemDetails problems,
			List<AlarmActions> actions) {
		this.alarms = alarms;
		this.book = book;
		this.names = names;
		this.problems = problems;
		this.actions = actions;
	}

	@GetMapping("/alarms")
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable Boolean suppressed,
			@RequestParam(required = false) @Nullable Boolean shelved,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		AlarmRecords.Filter filter = new AlarmRecords.Filter(AlarmApiController.states(state),
				AlarmApiController.severity(severity), null,
				Boolean.TRUE.equals(shelved) ? null : java.time.Instant.now(), Boolean.TRUE.equals(suppressed));
		model.addAttribute("page", this.alarms.list(me.requireTenant(), filter, PageQuery.of(page, 50)));
		model.addAttribute("state", (state == null) ? "" : state);
		model.addAttribute("severity", (severity == null) ? "" : severity);
		model.addAttribute("suppressed", Boolean.TRUE.equals(suppressed));
		model.addAttribute("shelved", Boolean.TRUE.equals(shelved));
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("shelveDurations", SHELVE_DURATIONS);
		model.addAttribute("states", AlarmState.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("canAcknowledge", me.has(Role.OPERATOR));
		return "alarm/alarms";
	}

	/** Acknowledges; htmx gets the new row, a plain form post the list again. */
	@PostMapping("/alarms/{id}/acknowledge")
	@PreAuthorize("hasRole('OPERATOR')")
	String acknowledge(@PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		model.addAttribute("a", this.book.acknowledge(me.requireTenant(), id, me.username()));
		model.addAttribute("canAcknowledge", true);
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("shelveDurations", SHELVE_DURATIONS);
		return (htmx != null) ? "alarm/alarms :: row" : "redirect:/alarms/" + id;
	}

	/** One alarm: its stamps, suppression, shelving, what a storm folded, and history. */
	@GetMapping("/alarms/{id}")
	String detail(@PathVariable UUID id, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		TenantId tenant = me.requireTenant();
		Alarm alarm = this.alarms.get(tenant, id);
		List<StormFold> folds = alarm.storm() ? this.alarms.folds(tenant, id) : List.of();
		model.addAttribute("a", alarm);
		model.addAttribute("history", this.alarms.history(tenant, id));
		model.addAttribute("folds", folds);
		model.addAttribute("folded", folds.stream().mapToInt(StormFold::folded).sum());
		model.addAttribute("originatorName", this.names.of(tenant, alarm.originator()));
		model.addAttribute("ruleName", (alarm.ruleId() == null) ? null
				: this.alarms.ruleNames(tenant, List.of(alarm.ruleId())).get(alarm.ruleId()));
		model.addAttribute("shelved", alarm.shelvedAt(java.time.Instant.now()));
		model.addAttribute("shelveDurations", SHELVE_DURATIONS);
		model.addAttribute("canAcknowledge", me.has(Role.OPERATOR));
		model.addAttribute("actions",
				this.actions.stream()
					.flatMap((offer) -> offer.actions(tenant, id, alarm.originator(), me).stream())
					.toList());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", List.of());
		}
		return "alarm/alarm";
	}

	/**
	 * Shelves an open alarm for a while with a reason; a refused form shows the alarm
	 * again with the reasons.
	 */
	@PostMapping("/alarms/{id}/shelve")
	@PreAuthorize("hasRole('OPERATOR')")
	String shelve(@PathVariable UUID id, @RequestParam(required = false) @Nullable String duration,
			@RequestParam(required = false) @Nullable String reason, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		try {
			AlarmApiController.ShelveRequest checked = AlarmApiController
				.checked(new AlarmApiController.ShelveRequest(duration(duration), reason));
			this.book.shelve(me.requireTenant(), id, me.username(), checked.duration(), checked.reason());
			return "redirect:/alarms/" + id;
		}
		catch (KaiwuProblem.InvalidInput ex) {
			model.addAttribute("errors", this.problems.lines(ex));
			return detail(id, model);
		}
	}

	@PostMapping("/alarms/{id}/unshelve")
	@PreAuthorize("hasRole('OPERATOR')")
	String unshelve(@PathVariable UUID id) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		this.book.unshelve(me.requireTenant(), id, me.username());
		return "redirect:/alarms/" + id;
	}

	private static @Nullable Duration duration(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Duration.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new KaiwuProblem.InvalidInput("duration", "problem.alarm.shelve-duration", text);
		}
	}

}
