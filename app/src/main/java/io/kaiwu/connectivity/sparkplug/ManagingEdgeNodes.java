package io.kaiwu.connectivity.sparkplug;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.KaiwuPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import io.kaiwu.device.DeviceProvisioning;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering Sparkplug B edge nodes in a tenant, rotating their secrets and deleting
 * them; every change is audited. A secret is returned once; only its SHA-256 is kept.
 */
@Service
public class ManagingEdgeNodes {

	private final EdgeNodes nodes;

	private final DeviceProvisioning devices;

	private final ApplicationEventPublisher events;

	ManagingEdgeNodes(EdgeNodes nodes, DeviceProvisioning devices, ApplicationEventPublisher events) {
		this.nodes = nodes;
		this.devices = devices;
		this.events = events;
	}

	/**
	 * An edge node and its secret in clear, shown this once.
	 *
	 * @param node the edge node.
	 * @param secret the secret.
	 */
	public record Issued(EdgeNode node, String secret) {
	}

	@Transactional(readOnly = true)
	public List<EdgeNode> list(KaiwuPrincipal principal) {
		return this.nodes.all(principal.requireTenant().value());
	}

	@Transactional(readOnly = true)
	public EdgeNode get(KaiwuPrincipal principal, UUID id) {
		return this.nodes.find(principal.requireTenant().value(), id)
			.orElseThrow(() -> new KaiwuProblem.NotFound("edge node", id));
	}

	@Transactional
	public Issued create(KaiwuPrincipal principal, String groupId, String edgeNodeId, UUID plantNodeId,
			String description) {
		TenantId tenant = principal.requireTenant();
		if (!this.devices.canPlace(tenant, plantNodeId)) {
			throw new KaiwuProblem.InvalidInput("plantNodeId", "problem.device.node-unknown", plantNodeId);
		}
		if (this.nodes.findByIds(groupId, edgeNodeId).isPresent()) {
			throw taken(groupId, edgeNodeId);
		}
		String secret = EdgeNodeSecrets.generate();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		EdgeNode node = new EdgeNode(UUID.randomUUID(), tenant.value(), groupId, edgeNodeId, plantNodeId, description,
				EdgeNodeSecrets.hash(secret), now, now);
		try {
			this.nodes.insert(node);
		}
		catch (DuplicateKeyException ex) {
			throw taken(groupId, edgeNodeId);
		}
		this.events.publishEvent(ChangeRecorded.created(tenant, "sparkplug-edge-node", node.id(), node.snapshot()));
		return new Issued(node, secret);
	}

	/** A new secret; the old one stops working for new connections at once. */
	@Transactional
	public Issued rotateSecret(KaiwuPrincipal principal, UUID id) {
		EdgeNode before = get(principal, id);
		String secret = EdgeNodeSecrets.generate();
		EdgeNode after = new EdgeNode(before.id(), before.tenant(), before.groupId(), before.edgeNodeId(),
				before.plantNodeId(), before.description(), EdgeNodeSecrets.hash(secret),
				Instant.now().truncatedTo(ChronoUnit.MICROS), before.createdAt());
		this.nodes.updateSecret(after);
		this.events.publishEvent(ChangeRecorded.updated(TenantId.of(before.tenant()), "sparkplug-edge-node", id,
				before.snapshot(), after.snapshot()));
		return new Issued(after, secret);
	}

	/** Deletes the registration; the devices it announced stay, with their data. */
	@Transactional
	public EdgeNode delete(KaiwuPrincipal principal, UUID id) {
		EdgeNode node = get(principal, id);
		this.nodes.delete(node);
		this.events.publishEvent(
				ChangeRecorded.deleted(TenantId.of(node.tenant()), "sparkplug-edge-node", id, node.snapshot()));
		return node;
	}

	/**
	 * Checks an MQTT sign-in: user name {@code spb:{group}:{node}} and the secret.
	 * @return the edge node, or empty when unknown or the secret is wrong.
	 */
	@Transactional(readOnly = true)
	public Optional<EdgeNode> authenticate(String username, String secret) {
		Optional<EdgeNode> node = SparkplugNames.parseUsername(username)
			.flatMap((ids) -> this.nodes.findByIds(ids[0], ids[1]));
		boolean matches = EdgeNodeSecrets.matches(secret, node.map(EdgeNode::secretHash).orElse(null));
		return node.filter((n) -> matches);
	}

	private static KaiwuProblem taken(String groupId, String edgeNodeId) {
		return new KaiwuProblem.InvalidInput("edgeNodeId", "problem.sparkplug.edge-node-taken", groupId, edgeNodeId);
	}

}
