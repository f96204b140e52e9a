package io.kaiwu.connectivity.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.kaiwu.connectivity.rate.MessageRates;
import io.kaiwu.connectivity.sparkplug.EdgeNode;
import io.kaiwu.connectivity.sparkplug.ManagingEdgeNodes;
import io.kaiwu.connectivity.sparkplug.SparkplugHost;
import io.kaiwu.shared.CurrentPrincipal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sparkplug B edge nodes of the tenant: registration with a secret shown once, secret
 * rotation, deletion, and what the host knows of each (online, devices, messages, rebirth
 * requests).
 */
@RestController
@RequestMapping("/api/v1/connectors/sparkplug/edge-nodes")
@PreAuthorize("hasRole('ENGINEER')")
class EdgeNodeApiController {

	private final ManagingEdgeNodes nodes;

	private final ObjectProvider<SparkplugHost> host;

	private final MessageRates rates;

	EdgeNodeApiController(ManagingEdgeNodes nodes, ObjectProvider<SparkplugHost> host, MessageRates rates) {
		this.nodes = nodes;
		this.host = host;
		this.rates = rates;
	}

	record CreateForm(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,30}") String groupId,
			@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,30}") String edgeNodeId, @NotNull UUID plantNodeId,
			@Nullable @Size(max = 1000) String description) {
	}

	record EdgeNodeView(UUID id, String groupId, String edgeNodeId, String username, UUID plantNodeId,
			String description, OffsetDateTime secretIssuedAt, OffsetDateTime createdAt, boolean online, int devices,
			long messages, double messagesPerSecond, long rebirthRequests) {
	}

	record WithSecret(UUID id, String groupId, String edgeNodeId, String username, String secret,
			@Nullable String stateTopic) {
	}

	@GetMapping
	List<EdgeNodeView> list() {
		return this.nodes.list(CurrentPrincipal.get()).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	EdgeNodeView get(@PathVariable UUID id) {
		return view(this.nodes.get(CurrentPrincipal.get(), id));
	}

	/**
	 * Registers an edge node; the answer carries its secret, which is never shown again.
	 */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	WithSecret create(@Valid @RequestBody CreateForm form) {
		ManagingEdgeNodes.Issued issued = this.nodes.create(CurrentPrincipal.get(), form.groupId(), form.edgeNodeId(),
				form.plantNodeId(), (form.description() == null) ? "" : form.description().trim());
		return withSecret(issued);
	}

	/** A new secret, shown this once; the old one no longer signs in. */
	@PostMapping("/{id}/secret")
	WithSecret rotate(@PathVariable UUID id) {
		return withSecret(this.nodes.rotateSecret(CurrentPrincipal.get(), id));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		this.nodes.delete(CurrentPrincipal.get(), id);
	}

	private WithSecret withSecret(ManagingEdgeNodes.Issued issued) {
		EdgeNode n = issued.node();
		SparkplugHost current = this.host.getIfAvailable();
		return new WithSecret(n.id(), n.groupId(), n.edgeNodeId(), n.username(), issued.secret(),
				(current != null) ? current.stateTopic() : null);
	}

	private EdgeNodeView view(EdgeNode n) {
		SparkplugHost current = this.host.getIfAvailable();
		SparkplugHost.NodeState state = (current != null) ? current.state(n)
				: new SparkplugHost.NodeState(false, 0, 0, 0);
		return new EdgeNodeView(n.id(), n.groupId(), n.edgeNodeId(), n.username(), n.plantNodeId(), n.description(),
				n.secretIssuedAt().atOffset(ZoneOffset.UTC), n.createdAt().atOffset(ZoneOffset.UTC), state.online(),
				state.devices(), state.messages(), this.rates.of(n).receivedPerSecond(), state.rebirthRequests());
	}

}
