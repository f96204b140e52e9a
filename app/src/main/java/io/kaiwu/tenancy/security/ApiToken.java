package io.kaiwu.tenancy.security;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A bearer token as stored: only its SHA-256, never the token itself.
 *
 * @param id the token's id.
 * @param userId whose token it is.
 * @param actingTenant the tenant a platform admin switched into with this token.
 * @param name the name a user gave a named API token; {@literal null} for sign-in tokens.
 * @param kind {@code LOGIN} or {@code NAMED}.
 * @param createdAt when it was issued.
 * @param expiresAt when it stops working.
 * @param revokedAt when it was revoked, if it was.
 * @param lastUsedAt when it was last used, to the minute.
 */
public record ApiToken(UUID id, UUID userId, @Nullable UUID actingTenant, @Nullable String name, String kind,
		Instant createdAt, Instant expiresAt, @Nullable Instant revokedAt, @Nullable Instant lastUsedAt) {

	public boolean active(Instant now) {
		return this.revokedAt == null && this.expiresAt.isAfter(now);
	}

}
