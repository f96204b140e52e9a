package io.kaiwu.masterdata.classification;

import java.time.Instant;
import java.util.UUID;

import io.kaiwu.masterdata.DataGrade;
import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.TenantId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's data classification catalogue (数据分类分级). */
@Service
public class ManagingDataCategories {

	private final DataCategories categories;

	private final ApplicationEventPublisher events;

	ManagingDataCategories(DataCategories categories, ApplicationEventPublisher events) {
		this.categories = categories;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Page<DataCategory> list(KaiwuPrincipal principal, PageQuery page) {
		UUID tenant = principal.requireTenant().value();
		return Page.of(this.categories.page(tenant, page), this.categories.count(tenant), page);
	}

	@Transactional(readOnly = true)
	public DataCategory get(KaiwuPrincipal principal, UUID id) {
		return this.categories.find(principal.requireTenant().value(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("data-category", id));
	}

	@Transactional
	public DataCategory create(KaiwuPrincipal principal, String code, String name, String description,
			DataGrade grade) {
		UUID tenant = principal.requireTenant().value();
		UUID id = UUID.randomUUID();
		checkCode(tenant, code, id);
		Instant now = Instant.now();
		DataCategory category = new DataCategory(id, tenant, code, name, description, grade, now, now);
		this.categories.insert(category);
		this.events.publishEvent(ChangeRecorded.created(TenantId.of(tenant), "data-category", id, category.snapshot()));
		return category;
	}

	@Transactional
	public DataCategory update(KaiwuPrincipal principal, UUID id, String code, String name, String description,
			DataGrade grade) {
		DataCategory before = get(principal, id);
		checkCode(before.tenant(), code, id);
		DataCategory after = new DataCategory(id, before.tenant(), code, name, description, grade, before.createdAt(),
				Instant.now());
		this.categories.update(after);
		this.events.publishEvent(ChangeRecorded.updated(TenantId.of(before.tenant()), "data-category", id,
				before.snapshot(), after.snapshot()));
		return after;
	}

	@Transactional
	public void delete(KaiwuPrincipal principal, UUID id) {
		DataCategory category = get(principal, id);
		this.categories.delete(category);
		this.events.publishEvent(
				ChangeRecorded.deleted(TenantId.of(category.tenant()), "data-category", id, category.snapshot()));
	}

	private void checkCode(UUID tenant, String code, UUID id) {
		if (this.categories.codeTaken(tenant, code, id)) {
			throw new KaiwuProblem.InvalidInput("code", "problem.category.code-taken", code);
		}
	}

}
