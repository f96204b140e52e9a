package io.kaiwu.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a tenant: one enterprise (企业) on the platform. Every tenant-owned row
 * carries it, and every query filters by it first.
 *
 * @param value must not be {@literal null}.
 */
public record TenantId(UUID value) {

	public TenantId {
		Objects.requireNonNull(value, "value");
	}

	public static TenantId of(UUID value) {
		return new TenantId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
