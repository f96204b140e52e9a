package io.kaiwu.alarm.web;

import java.util.UUID;

import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.book.AlarmBook;
import io.kaiwu.alarm.book.AlarmList;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
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
 * (htmx swaps the row).
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class AlarmPagesController {

	private final AlarmList alarms;

	private final AlarmBook book;

	AlarmPagesController(AlarmList alarms, AlarmBook book) {
		this.alarms = alarms;
		this.book = book;
	}

	@GetMapping("/alarms")
	String list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable Boolean suppressed,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		AlarmRecords.Filter filter = new AlarmRecords.Filter(AlarmApiController.states(state),
				AlarmApiController.severity(severity), null, java.time.Instant.now(), Boolean.TRUE.equals(suppressed));
		model.addAttribute("page", this.alarms.list(me.requireTenant(), filter, PageQuery.of(page, 50)));
		model.addAttribute("state", (state == null) ? "" : state);
		model.addAttribute("severity", (severity == null) ? "" : severity);
		model.addAttribute("suppressed", Boolean.TRUE.equals(suppressed));
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
		return (htmx != null) ? "alarm/alarms :: row" : "redirect:/alarms";
	}

}
