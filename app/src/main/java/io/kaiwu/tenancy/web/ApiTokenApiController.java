package io.kaiwu.tenancy.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.tenancy.security.ApiToken;
import io.kaiwu.tenancy.security.IssuingTokens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's named API tokens: created with an expiry, shown once, revocable. */
@RestController
@RequestMapping("/api/v1/api-tokens")
class ApiTokenApiController {

	private final IssuingTokens tokens;

	ApiTokenApiController(IssuingTokens tokens) {
		this.tokens = tokens;
	}

	record NewToken(@NotBlank @Size(max = 100) String name, @NotNull @Future OffsetDateTime expiresAt) {
	}

	record TokenView(UUID id, @Nullable String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			@Nullable OffsetDateTime revokedAt, @Nullable OffsetDateTime lastUsedAt, @Nullable String token) {

		static TokenView of(ApiToken t, @Nullable String secret) {
			return new TokenView(t.id(), t.name(), t.createdAt().atOffset(ZoneOffset.UTC),
					t.expiresAt().atOffset(ZoneOffset.UTC),
					(t.revokedAt() != null) ? t.revokedAt().atOffset(ZoneOffset.UTC) : null,
					(t.lastUsedAt() != null) ? t.lastUsedAt().atOffset(ZoneOffset.UTC) : null, secret);
		}

	}

	@GetMapping
	List<TokenView> list() {
		return this.tokens.named(CurrentPrincipal.get()).stream().map((t) -> TokenView.of(t, null)).toList();
	}

	/**
	 * Creates a named token; the answer carries the token itself, the only time it is
	 * shown.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	TokenView create(@Valid @RequestBody NewToken form) {
		IssuingTokens.Issued issued = this.tokens.createNamed(CurrentPrincipal.get(), form.name().trim(),
				form.expiresAt().toInstant());
		return TokenView.of(issued.token(), issued.secret());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		this.tokens.revoke(CurrentPrincipal.get(), id);
	}

}
