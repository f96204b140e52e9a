package io.kaiwu.shared;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Something was created, changed or deleted. Every module publishes one per change inside
 * the writing transaction; the audit module keeps it (who, when, tenant, what,
 * before/after).
 *
 * @param tenant the tenant whose data changed; {@literal null} for platform-level data.
 * @param actor who changed it: a user name, or {@code system}.
 * @param entityType what kind of thing changed, for example {@code plant-node}.
 * @param entityId its id.
 * @param action what happened.
 * @param before the state before, {@literal null} when created.
 * @param after the state after, {@literal null} when deleted.
 * @param at when.
 */
public record ChangeRecorded(@Nullable TenantId tenant, String actor, String entityType, String entityId, Action action,
		@Nullable Object before, @Nullable Object after, Instant at) {

	public enum Action {

		CREATED, UPDATED, DELETED, SIGNED_IN, SWITCHED_TENANT, IMPORTED

	}

	public static ChangeRecorded created(@Nullable TenantId tenant, String entityType, Object id, Object after) {
		return new ChangeRecorded(tenant, CurrentPrincipal.actorName(), entityType, String.valueOf(id), Action.CREATED,
				null, after, Instant.now());
	}

	public static ChangeRecorded updated(@Nullable TenantId tenant, String entityType, Object id, Object before,
			Object after) {
		return new ChangeRecorded(tenant, CurrentPrincipal.actorName(), entityType, String.valueOf(id), Action.UPDATED,
				before, after, Instant.now());
	}

	public static ChangeRecorded deleted(@Nullable TenantId tenant, String entityType, Object id, Object before) {
		return new ChangeRecorded(tenant, CurrentPrincipal.actorName(), entityType, String.valueOf(id), Action.DELETED,
				before, null, Instant.now());
	}

	public static ChangeRecorded of(@Nullable TenantId tenant, String entityType, Object id, Action action,
			@Nullable Object detail) {
		return new ChangeRecorded(tenant, CurrentPrincipal.actorName(), entityType, String.valueOf(id), action, null,
				detail, Instant.now());
	}

}
