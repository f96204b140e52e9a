package io.kaiwu.connectivity.sparkplug;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.connectivity.SparkplugEdgeNodes;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.Role;
import io.kaiwu.shared.TenantId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link SparkplugEdgeNodes} through the same service the REST API uses. */
@Component
class ProvidedEdgeNodes implements SparkplugEdgeNodes {

	private final ManagingEdgeNodes managing;

	private final EdgeNodes nodes;

	ProvidedEdgeNodes(ManagingEdgeNodes managing, EdgeNodes nodes) {
		this.managing = managing;
		this.nodes = nodes;
	}

	@Override
	@Transactional
	public Credentials provide(TenantId tenant, String groupId, String edgeNodeId, UUID plantNodeId,
			String description) {
		KaiwuPrincipal system = new KaiwuPrincipal(new UUID(0, 0), "system", tenant,
				EnumSet.range(Role.TENANT_ADMIN, Role.VIEWER), Set.of());
		Optional<EdgeNode> registered = this.nodes.findByIds(groupId, edgeNodeId);
		if (registered.isPresent() && !registered.get().tenant().equals(tenant.value())) {
			throw new KaiwuProblem.Conflict("problem.sparkplug.edge-node-taken", groupId, edgeNodeId);
		}
		ManagingEdgeNodes.Issued issued = registered.isPresent()
				? this.managing.rotateSecret(system, registered.get().id())
				: this.managing.create(system, groupId, edgeNodeId, plantNodeId, description);
		return new Credentials(SparkplugNames.USERNAME_PREFIX + groupId + ":" + edgeNodeId, issued.secret());
	}

}
