package io.kaiwu.shared;

/**
 * What a user may do. A platform admin runs the platform and acts inside a tenant only
 * after switching into it; the other roles belong to one tenant.
 */
public enum Role {

	/** Runs the platform: tenants, platform users, metrics. */
	PLATFORM_ADMIN,
	/** Manages one enterprise: its users, structure and master data. */
	TENANT_ADMIN,
	/** Configures and changes the enterprise's data. */
	ENGINEER,
	/** Shop-floor reporting and acknowledging. */
	OPERATOR,
	/** Reads only. */
	VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}
