package io.kaiwu.equipment.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.equipment.downtime.DowntimeReason;
import io.kaiwu.equipment.downtime.DowntimeReasons;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downtime reasons (停机原因): the tenant's reason tree (engineers keep it), the reason of a
 * stop (operators pick it), the stops of a line and their Pareto by reason.
 */
@RestController
@PreAuthorize("hasRole('VIEWER')")
class DowntimeApiController {

	private final DowntimeReasons reasons;

	DowntimeApiController(DowntimeReasons reasons) {
		this.reasons = reasons;
	}

	record ReasonDraft(@Nullable String code, @Nullable String nameZh, @Nullable String nameEn,
			@Nullable UUID parentId) {
	}

	record ReasonChoice(@Nullable UUID reasonId) {
	}

	@GetMapping("/api/v1/downtime-reasons")
	List<Map<String, Object>> tree() {
		List<DowntimeReason> all = this.reasons.tree(CurrentPrincipal.get().requireTenant());
		Map<UUID, DowntimeReason> byId = all.stream()
			.collect(Collectors.toMap(DowntimeReason::id, Function.identity()));
		return all.stream().map((r) -> json(r, byId)).toList();
	}

	@PostMapping("/api/v1/downtime-reasons")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENGINEER')")
	Map<String, Object> create(@RequestBody ReasonDraft draft) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		DowntimeReason r = this.reasons.create(tenant, draft.code(), draft.nameZh(), draft.nameEn(), draft.parentId());
		return json(r,
				this.reasons.tree(tenant).stream().collect(Collectors.toMap(DowntimeReason::id, Function.identity())));
	}

	@DeleteMapping("/api/v1/downtime-reasons/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENGINEER')")
	void delete(@PathVariable UUID id) {
		this.reasons.delete(CurrentPrincipal.get().requireTenant(), id);
	}

	@PutMapping("/api/v1/equipment/{id}/stops/{intervalId}/reason")
	@PreAuthorize("hasRole('OPERATOR')")
	Map<String, Object> assign(@PathVariable UUID id, @PathVariable UUID intervalId, @RequestBody ReasonChoice choice) {
		return EquipmentTimelineApiController
			.json(this.reasons.assign(CurrentPrincipal.get().requireTenant(), id, intervalId, choice.reasonId()));
	}

	@GetMapping("/api/v1/equipment/downtime")
	List<Map<String, Object>> stops(@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Map<UUID, DowntimeReason> byId = this.reasons.tree(tenant)
			.stream()
			.collect(Collectors.toMap(DowntimeReason::id, Function.identity()));
		Instant now = Instant.now();
		return this.reasons.stops(tenant, nodeId, from.toInstant(), to.toInstant(), 500).stream().map((s) -> {
			Map<String, Object> json = EquipmentTimelineApiController.json(s.interval());
			json.put("equipmentId", s.machine().id());
			json.put("equipmentCode", s.machine().code());
			json.put("minutes", s.interval().length(now).toMillis() / 60_000.0);
			json.put("reason", (s.reason() != null)
					? DowntimeReasons.label(byId, s.reason().id(), LocaleContextHolder.getLocale()) : null);
			return json;
		}).toList();
	}

	@GetMapping("/api/v1/equipment/downtime/pareto")
	List<Map<String, Object>> pareto(@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to) {
		return this.reasons
			.pareto(CurrentPrincipal.get().requireTenant(), nodeId, from.toInstant(), to.toInstant(),
					LocaleContextHolder.getLocale())
			.stream()
			.map((b) -> {
				Map<String, Object> json = new LinkedHashMap<>();
				json.put("reasonId", b.reasonId());
				json.put("reason", b.label());
				json.put("minutes", b.minutes());
				json.put("stops", b.stops());
				return json;
			})
			.toList();
	}

	private static Map<String, Object> json(DowntimeReason r, Map<UUID, DowntimeReason> byId) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", r.id());
		json.put("parentId", r.parentId());
		json.put("code", r.code());
		json.put("nameZh", r.nameZh());
		json.put("nameEn", r.nameEn());
		json.put("label", DowntimeReasons.label(byId, r.id(), LocaleContextHolder.getLocale()));
		return json;
	}

}
