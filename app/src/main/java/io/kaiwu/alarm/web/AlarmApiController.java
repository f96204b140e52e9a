package io.kaiwu.alarm.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.AlarmState;
import io.kaiwu.alarm.Originator;
import io.kaiwu.alarm.Severity;
import io.kaiwu.alarm.book.AlarmBook;
import io.kaiwu.alarm.book.AlarmList;
import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alarms (告警) of the signed-in tenant: list (open first) with filters, detail with
 * history, acknowledge, and clear for alarms a module raised.
 */
@RestController
@RequestMapping("/api/v1/alarms")
@PreAuthorize("hasRole('VIEWER')")
class AlarmApiController {

	private final AlarmList alarms;

	private final AlarmBook book;

	AlarmApiController(AlarmList alarms, AlarmBook book) {
		this.alarms = alarms;
		this.book = book;
	}

	/**
	 * @param state states, comma-separated ({@code ACTIVE_UNACKNOWLEDGED,...}), or
	 * {@code OPEN} for every state but closed.
	 * @param severity one severity.
	 * @param device a device id: its alarms only.
	 * @param shelved {@code true}: shelved alarms too (hidden by default).
	 * @param suppressed {@code true}: alarms suppressed by design (raised during a
	 * maintenance window) too (hidden by default).
	 */
	@GetMapping
	Page<Map<String, Object>> list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String severity,
			@RequestParam(required = false) @Nullable UUID device,
			@RequestParam(required = false) @Nullable Boolean shelved,
			@RequestParam(required = false) @Nullable Boolean suppressed,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		AlarmRecords.Filter filter = new AlarmRecords.Filter(states(state), severity(severity),
				(device == null) ? null : Originator.device(device),
				Boolean.TRUE.equals(shelved) ? null : Instant.now(), Boolean.TRUE.equals(suppressed));
		return this.alarms.list(tenant(), filter, PageQuery.of(page, size)).map(AlarmJson::alarm);
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		TenantId tenant = tenant();
		return detail(tenant, this.alarms.get(tenant, id));
	}

	/** Acknowledges; an alarm already acknowledged or closed is answered as it is. */
	@PostMapping("/{id}/acknowledge")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> acknowledge(@PathVariable UUID id) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Alarm alarm = this.book.acknowledge(me.requireTenant(), id, me.username());
		return detail(me.requireTenant(), alarm);
	}

	/**
	 * What an operator sends to shelve an alarm.
	 *
	 * @param duration how long, ISO-8601 ({@code PT2H}), up to {@code P30D}.
	 * @param reason why, up to 500 characters.
	 */
	record ShelveRequest(@Nullable Duration duration, @Nullable String reason) {
	}

	/** Shelves an open alarm for a while; a closed one is answered as it is. */
	@PostMapping("/{id}/shelve")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> shelve(@PathVariable UUID id, @RequestBody ShelveRequest request) {
		ShelveRequest checked = checked(request);
		Duration duration = checked.duration();
		String reason = checked.reason();
		if (duration == null || reason == null) {
			throw new IllegalStateException("checked shelving without duration or reason");
		}
		KaiwuPrincipal me = CurrentPrincipal.get();
		Alarm alarm = this.book.shelve(me.requireTenant(), id, me.username(), duration, reason);
		return detail(me.requireTenant(), alarm);
	}

	/**
	 * A shelving with a duration between one minute and 30 days and a reason of up to 500
	 * characters (stripped), or a problem naming what is wrong.
	 */
	static ShelveRequest checked(ShelveRequest request) {
		List<FieldError> errors = new ArrayList<>();
		Duration duration = request.duration();
		if (duration == null) {
			errors.add(new FieldError("duration", "problem.alarm.required"));
		}
		else if (duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(Duration.ofDays(30)) > 0) {
			errors.add(new FieldError("duration", "problem.alarm.shelve-duration", duration));
		}
		String reason = (request.reason() == null) ? "" : request.reason().strip();
		if (reason.isEmpty()) {
			errors.add(new FieldError("reason", "problem.alarm.required"));
		}
		else if (reason.length() > 500) {
			errors.add(new FieldError("reason", "problem.alarm.too-long", 500));
		}
		if (!errors.isEmpty()) {
			throw new KaiwuProblem.InvalidInput(errors);
		}
		return new ShelveRequest(duration, reason);
	}

	/** Unshelves an alarm before its shelving expires. */
	@PostMapping("/{id}/unshelve")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> unshelve(@PathVariable UUID id) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Alarm alarm = this.book.unshelve(me.requireTenant(), id, me.username());
		return detail(me.requireTenant(), alarm);
	}

	/** Clears an alarm that a module raised; a rule's alarm clears by itself. */
	@PostMapping("/{id}/clear")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> clear(@PathVariable UUID id) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		Alarm alarm = this.book.clearByHand(me.requireTenant(), id, me.username());
		return detail(me.requireTenant(), alarm);
	}

	private Map<String, Object> detail(TenantId tenant, Alarm alarm) {
		return AlarmJson.alarm(alarm, this.alarms.history(tenant, alarm.id()),
				alarm.storm() ? this.alarms.folds(tenant, alarm.id()) : List.of());
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	static List<AlarmState> states(@Nullable String state) {
		if (state == null || state.isBlank()) {
			return List.of();
		}
		if ("OPEN".equalsIgnoreCase(state.strip())) {
			return List.of(AlarmState.ACTIVE_UNACKNOWLEDGED, AlarmState.ACTIVE_ACKNOWLEDGED,
					AlarmState.CLEARED_UNACKNOWLEDGED);
		}
		try {
			return java.util.Arrays.stream(state.split(","))
				.map((s) -> AlarmState.valueOf(s.strip().toUpperCase(Locale.ROOT)))
				.toList();
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("state", "problem.alarm.choice", state,
					"OPEN, ACTIVE_UNACKNOWLEDGED, ACTIVE_ACKNOWLEDGED, CLEARED_UNACKNOWLEDGED, CLOSED");
		}
	}

	static @Nullable Severity severity(@Nullable String severity) {
		if (severity == null || severity.isBlank()) {
			return null;
		}
		try {
			return Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("severity", "problem.alarm.choice", severity,
					"CRITICAL, MAJOR, MINOR, WARNING");
		}
	}

}
