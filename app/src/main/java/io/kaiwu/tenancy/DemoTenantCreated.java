package io.kaiwu.tenancy;

import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;

/**
 * The demo tenant 示范工厂 and its structure were just seeded on an empty platform; other
 * modules add their own demo data to it when they hear this, in the same start-up.
 *
 * @param tenant the demo tenant.
 * @param nodes the demo structure's node ids by node code.
 */
public record DemoTenantCreated(TenantId tenant, Map<String, UUID> nodes) {

	public DemoTenantCreated {
		nodes = Map.copyOf(nodes);
	}

}
