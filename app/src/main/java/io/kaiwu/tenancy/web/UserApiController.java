package io.kaiwu.tenancy.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Page;
import io.kaiwu.shared.PageQuery;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.user.ManagingUsers;
import io.kaiwu.tenancy.user.User;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
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

/** The users of the tenant the caller acts in; only a tenant admin manages them. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UserApiController {

	private final ManagingUsers users;

	UserApiController(ManagingUsers users) {
		this.users = users;
	}

	record NewUser(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
			@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 200) String temporaryPassword,
			@NotEmpty Set<Role> roles, @Nullable Set<UUID> sites) {
	}

	record UserChange(@NotBlank @Size(max = 200) String displayName, @NotEmpty Set<Role> roles,
			@Nullable Set<UUID> sites, boolean enabled) {
	}

	record PasswordReset(@NotBlank @Size(max = 200) String temporaryPassword) {
	}

	record UserView(UUID id, String username, String displayName, Set<Role> roles, Set<UUID> sites, boolean enabled,
			boolean mustChangePassword, OffsetDateTime createdAt) {

		static UserView of(User u) {
			return new UserView(u.id(), u.username(), u.displayName(), u.roles(), u.sites(), u.enabled(),
					u.mustChangePassword(), u.createdAt().atOffset(ZoneOffset.UTC));
		}

	}

	@GetMapping
	Page<UserView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.users.list(CurrentPrincipal.get(), PageQuery.of(page, size)).map(UserView::of);
	}

	@GetMapping("/{id}")
	UserView get(@PathVariable UUID id) {
		return UserView.of(this.users.get(CurrentPrincipal.get(), id));
	}

	/** Creates a user with a temporary password that must be changed at first sign-in. */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	UserView create(@Valid @RequestBody NewUser form) {
		KaiwuPrincipal principal = CurrentPrincipal.get();
		return UserView
			.of(this.users.create(principal.requireTenant(), form.username().trim(), form.displayName().trim(),
					form.temporaryPassword(), form.roles(), (form.sites() == null) ? Set.of() : form.sites(), true));
	}

	/** Gives the user a temporary password to change at the next sign-in. */
	@PutMapping("/{id}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordReset reset) {
		this.users.resetPassword(CurrentPrincipal.get(), id, reset.temporaryPassword());
	}

	@PutMapping("/{id}")
	UserView update(@PathVariable UUID id, @Valid @RequestBody UserChange form) {
		return UserView.of(this.users.update(CurrentPrincipal.get(), id, form.displayName().trim(), form.roles(),
				(form.sites() == null) ? Set.of() : form.sites(), form.enabled()));
	}

}
