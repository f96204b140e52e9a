package io.kaiwu.tenancy.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.tenancy.EnterpriseType;
import io.kaiwu.tenancy.tenant.ManagingTenants;
import io.kaiwu.tenancy.tenant.Tenant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenants (enterprises): a platform admin manages all, a tenant admin edits his own. */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantApiController {

	private final ManagingTenants tenants;

	TenantApiController(ManagingTenants tenants) {
		this.tenants = tenants;
	}

	record TenantForm(@NotBlank @Size(max = 200) String name, @NotNull EnterpriseType enterpriseType,
			@Nullable @Size(max = 200) String industry) {
	}

	record TenantView(UUID id, String name, EnterpriseType enterpriseType, String industry, boolean demo,
			OffsetDateTime createdAt) {

		static TenantView of(Tenant t) {
			return new TenantView(t.id(), t.name(), t.enterpriseType(), t.industry(), t.demo(),
					t.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	@GetMapping
	Page<TenantView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.tenants.list(CurrentPrincipal.get(), PageQuery.of(page, size)).map(TenantView::of);
	}

	@GetMapping("/{id}")
	TenantView get(@PathVariable UUID id) {
		return TenantView.of(this.tenants.get(CurrentPrincipal.get(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	TenantView create(@Valid @RequestBody TenantForm form) {
		return TenantView.of(this.tenants.create(form.name().trim(), form.enterpriseType(),
				(form.industry() == null) ? "" : form.industry().trim(), false));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN', 'TENANT_ADMIN')")
	TenantView update(@PathVariable UUID id, @Valid @RequestBody TenantForm form) {
		return TenantView.of(this.tenants.update(CurrentPrincipal.get(), id, form.name().trim(), form.enterpriseType(),
				(form.industry() == null) ? "" : form.industry().trim()));
	}

}
