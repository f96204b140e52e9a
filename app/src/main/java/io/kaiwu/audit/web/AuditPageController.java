package io.kaiwu.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import io.kaiwu.audit.AuditFilter;
import io.kaiwu.audit.AuditLog;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page: browse and filter by user, kind of thing, action and dates. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'PLATFORM_ADMIN')")
class AuditPageController {

	private final AuditLog audit;

	private final long retentionDays;

	AuditPageController(AuditLog audit, @Value("${kaiwu.audit.retention:180d}") java.time.Duration retention) {
		this.audit = audit;
		this.retentionDays = retention.toDays();
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		AuditFilter filter = new AuditFilter(actor, entityType, action,
				(from != null) ? from.atStartOfDay(zone).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null);
		model.addAttribute("page", this.audit.search(CurrentPrincipal.get().tenant(), filter, PageQuery.of(page, 50)));
		model.addAttribute("actions", Arrays.stream(ChangeRecorded.Action.values()).map(Enum::name).toList());
		model.addAttribute("retentionDays", this.retentionDays);
		return "audit/list";
	}

}
