package io.kaiwu.equipment.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kaiwu.equipment.downtime.DowntimeReason;
import io.kaiwu.equipment.downtime.DowntimeReasons;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.NodeLevel;
import io.kaiwu.tenancy.StructureNode;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The downtime page (停机记录) for a tablet at the line: the recent stops, each with big
 * buttons to pick its reason, and the Pareto of stop time by reason.
 */
@Controller
@PreAuthorize("hasRole('VIEWER')")
class DowntimePageController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final DowntimeReasons reasons;

	private final EnterpriseStructure structure;

	private final JsonMapper json;

	DowntimePageController(DowntimeReasons reasons, EnterpriseStructure structure, JsonMapper json) {
		this.reasons = reasons;
		this.structure = structure;
		this.json = json;
	}

	/** A stop as the page shows it. */
	record StopView(UUID intervalId, UUID equipmentId, String code, String name, String state, String from,
			@Nullable String to, long minutes, @Nullable String reason) {
	}

	/** A reason button. */
	record ReasonButton(UUID id, String label) {
	}

	@GetMapping("/equipment/downtime")
	String page(@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable Integer hours, Model model) {
		TenantId tenant = CurrentPrincipal.get().requireTenant();
		Locale locale = LocaleContextHolder.getLocale();
		int span = (hours != null && hours > 0 && hours <= 24 * 31) ? hours : 24;
		Instant now = Instant.now();
		Instant from = now.minus(Duration.ofHours(span));
		List<DowntimeReason> tree = this.reasons.tree(tenant);
		Map<UUID, DowntimeReason> byId = tree.stream()
			.collect(Collectors.toMap(DowntimeReason::id, Function.identity()));
		Set<UUID> parents = tree.stream()
			.map(DowntimeReason::parentId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		ZoneId zone = zone(tenant);
		List<StopView> stops = this.reasons.stops(tenant, nodeId, from, now.plusSeconds(1), 200)
			.stream()
			.map((s) -> new StopView(s.interval().id(), s.machine().id(), s.machine().code(), s.machine().name(),
					s.interval().state().name(), TIME.format(s.interval().startedAt().atZone(zone)),
					(s.interval().endedAt() != null) ? TIME.format(s.interval().endedAt().atZone(zone)) : null,
					s.interval().length(now).toMinutes(),
					(s.reason() != null) ? DowntimeReasons.label(byId, s.reason().id(), locale) : null))
			.toList();
		List<Map<String, Object>> pareto = this.reasons.pareto(tenant, nodeId, from, now.plusSeconds(1), locale)
			.stream()
			.map((b) -> Map.<String, Object>of("reason", (b.label() != null) ? b.label() : "", "minutes",
					Math.round(b.minutes() * 10) / 10.0, "stops", b.stops()))
			.toList();
		model.addAttribute("stops", stops);
		model.addAttribute("buttons",
				tree.stream()
					.filter((r) -> !parents.contains(r.id()))
					.map((r) -> new ReasonButton(r.id(), DowntimeReasons.label(byId, r.id(), locale)))
					.toList());
		model.addAttribute("pareto", pareto);
		model.addAttribute("paretoChart", this.json.writeValueAsString(pareto));
		model.addAttribute("nodes",
				this.structure.allNodes(tenant).stream().filter((n) -> n.level() != NodeLevel.WORK_UNIT).toList());
		model.addAttribute("nodeId", nodeId);
		model.addAttribute("hours", span);
		model.addAttribute("canPick", CurrentPrincipal.get().has(Role.OPERATOR));
		return "equipment/downtime";
	}

	@PostMapping("/equipment/downtime/{equipmentId}/{intervalId}")
	@PreAuthorize("hasRole('OPERATOR')")
	String pick(@PathVariable UUID equipmentId, @PathVariable UUID intervalId, @RequestParam UUID reasonId,
			@RequestParam(required = false) @Nullable UUID nodeId,
			@RequestParam(required = false) @Nullable Integer hours) {
		this.reasons.assign(CurrentPrincipal.get().requireTenant(), equipmentId, intervalId, reasonId);
		return "redirect:/equipment/downtime?hours=" + ((hours != null) ? hours : 24)
				+ ((nodeId != null) ? "&nodeId=" + nodeId : "");
	}

	private ZoneId zone(TenantId tenant) {
		return this.structure.sites(tenant)
			.stream()
			.map(StructureNode::timeZone)
			.filter(Objects::nonNull)
			.findFirst()
			.map(ZoneId::of)
			.orElse(ZoneId.of("Asia/Shanghai"));
	}

}
