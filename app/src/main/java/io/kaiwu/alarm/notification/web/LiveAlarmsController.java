package io.kaiwu.alarm.notification.web;

import java.util.Locale;

import io.kaiwu.shared.CurrentPrincipal;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The stream behind the live alarm indicator of the layout: event {@code count} (the
 * number of unacknowledged alarms) on opening and after every alarm event, event
 * {@code alarm} (id, severity, message in the reader's language) for a new critical or
 * major alarm.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class LiveAlarmsController {

	private final LiveAlarms live;

	LiveAlarmsController(LiveAlarms live) {
		this.live = live;
	}

	@GetMapping(path = "/alarms/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(Locale locale) {
		return this.live.subscribe(CurrentPrincipal.get().requireTenant(), locale);
	}

}
