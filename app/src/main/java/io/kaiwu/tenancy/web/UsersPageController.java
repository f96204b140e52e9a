package io.kaiwu.tenancy.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.StructureNode;
import io.kaiwu.tenancy.user.ManagingUsers;
import io.kaiwu.tenancy.user.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** The users of the enterprise, for its tenant admin. */
@Controller
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UsersPageController {

	private final ManagingUsers users;

	private final EnterpriseStructure structure;

	UsersPageController(ManagingUsers users, EnterpriseStructure structure) {
		this.users = users;
		this.structure = structure;
	}

	record UserForm(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
			@NotBlank @Size(max = 200) String displayName, @NotBlank String temporaryPassword, @NotNull Role role,
			@Nullable UUID site) {
	}

	@GetMapping("/users")
	String list(@RequestParam(required = false) @Nullable Integer page, Model model) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		List<StructureNode> sites = this.structure.sites(me.requireTenant());
		Map<UUID, String> siteNames = new HashMap<>();
		sites.forEach((s) -> siteNames.put(s.id(), s.name()));
		model.addAttribute("page", this.users.list(me, PageQuery.of(page, 100)));
		model.addAttribute("roles", List.of(Role.TENANT_ADMIN, Role.ENGINEER, Role.OPERATOR, Role.VIEWER));
		model.addAttribute("sites", sites);
		model.addAttribute("siteNames", siteNames);
		return "tenancy/users";
	}

	@PostMapping("/users")
	String create(@Valid @ModelAttribute UserForm form) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		this.users.create(me.requireTenant(), form.username().trim(), form.displayName().trim(),
				form.temporaryPassword(), Set.of(form.role()), (form.site() == null) ? Set.of() : Set.of(form.site()),
				true);
		return "redirect:/users";
	}

	@PostMapping("/users/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam String temporaryPassword) {
		this.users.resetPassword(CurrentPrincipal.get(), id, temporaryPassword);
		return "redirect:/users";
	}

	@PostMapping("/users/{id}/enabled")
	String enable(@PathVariable UUID id, @RequestParam boolean enabled) {
		KaiwuPrincipal me = CurrentPrincipal.get();
		User user = this.users.get(me, id);
		this.users.update(me, id, user.displayName(), user.roles(), user.sites(), enabled);
		return "redirect:/users";
	}

}
