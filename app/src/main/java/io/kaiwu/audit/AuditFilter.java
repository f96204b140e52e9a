package io.kaiwu.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log; every part is optional.
 *
 * @param actor exact user name.
 * @param entityType exact kind of thing.
 * @param action exact action.
 * @param from entries at or after.
 * @param to entries before.
 */
public record AuditFilter(@Nullable String actor, @Nullable String entityType, @Nullable String action,
		@Nullable Instant from, @Nullable Instant to) {

	static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

}
