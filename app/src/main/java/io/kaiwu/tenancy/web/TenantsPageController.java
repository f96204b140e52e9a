package io.kaiwu.tenancy.web;

import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.tenancy.EnterpriseType;
import io.kaiwu.tenancy.security.SessionPrincipals;
import io.kaiwu.tenancy.tenant.ManagingTenants;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Tenants: a platform admin creates them and switches into one to act there. */
@Controller
class TenantsPageController {

	private final ManagingTenants tenants;

	private final SessionPrincipals sessions;

	TenantsPageController(ManagingTenants tenants, SessionPrincipals sessions) {
		this.tenants = tenants;
		this.sessions = sessions;
	}

	record TenantForm(@NotBlank @Size(max = 200) String name, @NotNull EnterpriseType enterpriseType,
			@Nullable @Size(max = 200) String industry) {
	}

	@GetMapping("/tenants")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("page", this.tenants.list(CurrentPrincipal.get(), PageQuery.of(page, 100)));
		model.addAttribute("types", EnterpriseType.values());
		return "tenancy/tenants";
	}

	@PostMapping("/tenants")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String create(@Valid @ModelAttribute TenantForm form) {
		this.tenants.create(form.name().trim(), form.enterpriseType(),
				(form.industry() == null) ? "" : form.industry().trim(), false);
		return "redirect:/tenants";
	}

	@PostMapping("/tenants/{id}/switch")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String switchInto(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
		this.sessions.switchTenant(CurrentPrincipal.get(), id, request, response);
		return "redirect:/";
	}

	@PostMapping("/tenants/leave")
	@PreAuthorize("hasRole('PLATFORM_ADMIN')")
	String leave(HttpServletRequest request, HttpServletResponse response) {
		this.sessions.switchTenant(CurrentPrincipal.get(), null, request, response);
		return "redirect:/tenants";
	}

}
