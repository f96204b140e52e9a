package io.kaiwu.tenancy.web;

import java.util.Set;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.Role;
import io.kaiwu.tenancy.security.SignInApi;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Signing in and out of the REST API. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthApiController {

	private final SignInApi signIn;

	AuthApiController(SignInApi signIn) {
		this.signIn = signIn;
	}

	record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
	}

	record PasswordChange(@NotBlank String username, @NotBlank String password,
			@NotBlank @Size(max = 200) String newPassword) {
	}

	record TenantSwitch(@Nullable UUID tenantId) {
	}

	record Me(UUID userId, String username, @Nullable UUID tenantId, Set<Role> roles, Set<UUID> sites) {
	}

	/** Exchanges a user name and password for a bearer token. */
	@PostMapping("/token")
	ResponseEntity<?> token(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
		return this.signIn.token(credentials.username(), credentials.password(), request);
	}

	/** Signs out: the bearer token of this request stops working. */
	@DeleteMapping("/token")
	ResponseEntity<Void> signOut(HttpServletRequest request) {
		this.signIn.signOut(CurrentPrincipal.get(), request);
		return ResponseEntity.noContent().build();
	}

	/** Sets a new password, also replacing a one-time password. */
	@PostMapping("/password")
	ResponseEntity<?> password(@Valid @RequestBody PasswordChange change, HttpServletRequest request) {
		return this.signIn.changePassword(change.username(), change.password(), change.newPassword(), request);
	}

	/**
	 * A platform admin switches this token into a tenant, or out of it with a null id.
	 */
	@PostMapping("/switch-tenant")
	ResponseEntity<Void> switchTenant(@RequestBody TenantSwitch body, HttpServletRequest request) {
		this.signIn.switchTenant(CurrentPrincipal.get(), body.tenantId(), request);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/me")
	Me me() {
		KaiwuPrincipal p = CurrentPrincipal.get();
		return new Me(p.userId(), p.username(), (p.tenant() != null) ? p.tenant().value() : null, p.roles(), p.sites());
	}

}
