package io.kaiwu.masterdata.partner;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.masterdata.sheet.Checked;
import io.kaiwu.masterdata.sheet.ImportReports;
import io.kaiwu.shared.Sheet;
import io.kaiwu.shared.SheetReader;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.ImportReport;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing, importing and exporting the tenant's business partners (suppliers
 * with their tier, customers). Imports and exports follow the same rules as items'.
 */
@Service
public class ManagingPartners {

	private final Partners partners;

	private final ImportReports reports;

	private final ApplicationEventPublisher events;

	ManagingPartners(Partners partners, ImportReports reports, ApplicationEventPublisher events) {
		this.partners = partners;
		this.reports = reports;
		this.events = events;
	}

	/**
	 * Lists partners.
	 * @param role {@code SUPPLIER}, {@code CUSTOMER} or {@literal null} for all.
	 */
	@Transactional(readOnly = true)
	public Page<Partner> list(KaiwuPrincipal principal, @Nullable String q, @Nullable String role,
			@Nullable Integer tier, PageQuery page) {
		UUID tenant = principal.requireTenant().value();
		Partners.Role which = role(role);
		return Page.of(this.partners.page(tenant, q, which, tier, page), this.partners.count(tenant, q, which, tier),
				page);
	}

	@Transactional(readOnly = true)
	public Partner get(KaiwuPrincipal principal, UUID id) {
		return this.partners.find(principal.requireTenant().value(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("partner", id));
	}

	@Transactional
	public Partner create(KaiwuPrincipal principal, PartnerDraft draft) {
		UUID tenant = principal.requireTenant().value();
		UUID id = UUID.randomUUID();
		check(tenant, id, draft);
		return insert(tenant, id, draft);
	}

	@Transactional
	public Partner update(KaiwuPrincipal principal, UUID id, PartnerDraft draft) {
		Partner before = get(principal, id);
		check(before.tenant(), id, draft);
		Partner after = Partner.of(id, before.tenant(), draft, before.createdAt(), Instant.now());
		this.partners.update(after);
		this.events.publishEvent(ChangeRecorded.updated(TenantId.of(before.tenant()), "partner", id, before.snapshot(),
				after.snapshot()));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		Partner partner = get(principal, id);
		this.partners.delete(partner);
		this.events
			.publishEvent(ChangeRecorded.deleted(TenantId.of(partner.tenant()), "partner", id, partner.snapshot()));
	}

	/** Imports partners; see {@link PartnerRows} for the columns. */
	@Transactional
	public ImportReport importFile(KaiwuPrincipal principal, String filename, InputStream content,
			boolean goodRowsOnly) {
		UUID tenant = principal.requireTenant().value();
		Sheet sheet = SheetReader.read(filename, content, PartnerRows.HEADINGS);
		Checked<PartnerDraft> checked = PartnerRows.check(sheet, this.partners.codes(tenant));
		if (!checked.problems().isEmpty() && !goodRowsOnly) {
			return this.reports.report(sheet.rows().size(), 0, checked.problems());
		}
		checked.good().forEach((draft) -> insert(tenant, UUID.randomUUID(), draft));
		return this.reports.report(sheet.rows().size(), checked.good().size(), checked.problems());
	}

	/** The partners to export: core-graded ones only for a tenant admin. */
	@Transactional(readOnly = true)
	public List<Partner> export(KaiwuPrincipal principal) {
		Set<DataGrade> excluded = principal.has(Role.TENANT_ADMIN) ? Set.of() : Set.of(DataGrade.CORE);
		return this.partners.all(principal.requireTenant().value(), excluded);
	}

	private Partner insert(UUID tenant, UUID id, PartnerDraft draft) {
		Instant now = Instant.now();
		Partner partner = Partner.of(id, tenant, draft, now, now);
		this.partners.insert(partner);
		this.events.publishEvent(ChangeRecorded.created(TenantId.of(tenant), "partner", id, partner.snapshot()));
		return partner;
	}

	private void check(UUID tenant, UUID id, PartnerDraft draft) {
		if (!draft.supplier() && !draft.customer()) {
			throw new KaiwuProblem.InvalidInput("supplier", "problem.partner.role-required");
		}
		if (draft.supplier() && draft.supplierTier() == null) {
			throw new KaiwuProblem.InvalidInput("supplierTier", "problem.partner.tier-required");
		}
		if (this.partners.codeTaken(tenant, draft.code(), id)) {
			throw new KaiwuProblem.InvalidInput("code", "problem.partner.code-taken", draft.code());
		}
	}

	private static Partners.@Nullable Role role(@Nullable String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		try {
			return Partners.Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new KaiwuProblem.InvalidInput("role", "problem.partner.role-filter", role);
		}
	}

}
