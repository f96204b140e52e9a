package io.kaiwu.audit.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.kaiwu.audit.AuditEntry;
import io.kaiwu.audit.AuditFilter;
import io.kaiwu.audit.AuditLog;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log of the tenant the caller acts in; a platform admin who has not switched
 * into a tenant reads the platform's own entries.
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'PLATFORM_ADMIN')")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	record EntryView(UUID id, OffsetDateTime at, String actor, String entityType, String entityId, String action,
			@Nullable String before, @Nullable String after) {

		static EntryView of(AuditEntry e) {
			return new EntryView(e.id(), e.at().atOffset(ZoneOffset.UTC), e.actor(), e.entityType(), e.entityId(),
					e.action(), e.before(), e.after());
		}

	}

	@GetMapping
	Page<EntryView> search(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entityType,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable OffsetDateTime from,
			@RequestParam(required = false) @Nullable OffsetDateTime to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		KaiwuPrincipal principal = CurrentPrincipal.get();
		AuditFilter filter = new AuditFilter(actor, entityType, action, (from != null) ? from.toInstant() : null,
				(to != null) ? to.toInstant() : null);
		return this.audit.search(principal.tenant(), filter, PageQuery.of(page, size)).map(EntryView::of);
	}

}
