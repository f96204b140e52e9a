package io.kaiwu.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log.
 *
 * @param id the entry's id.
 * @param tenant the tenant whose data changed; {@literal null} for platform data.
 * @param at when.
 * @param actor who.
 * @param entityType what kind of thing.
 * @param entityId which one.
 * @param action what happened.
 * @param before JSON of the state before, if any.
 * @param after JSON of the state after, if any.
 */
public record AuditEntry(UUID id, @Nullable UUID tenant, Instant at, String actor, String entityType, String entityId,
		String action, @Nullable String before, @Nullable String after) {
}
