package io.kaiwu.connectivity.opcua.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.connectivity.opcua.ManagingOpcUaConnections;
import io.kaiwu.connectivity.opcua.OpcUaConnection;
import io.kaiwu.connectivity.opcua.OpcUaRuntimes;
import io.kaiwu.connectivity.rate.MessageRate;
import io.kaiwu.connectivity.rate.MessageRates;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's OPC UA connections, for engineers (and tenant admins). The password is
 * write-only: answers say {@code passwordSet}; an update without a password keeps it.
 * Each answer carries the runtime's {@code status}.
 */
@RestController
@RequestMapping("/api/v1/connectors/opcua")
@PreAuthorize("hasRole('ENGINEER')")
class OpcUaApiController {

	/** The request body; missing fields get the defaults of docs/opcua.md. */
	record Body(@Nullable String name, @Nullable String endpointUrl, @Nullable String securityPolicy,
			@Nullable String securityMode, @Nullable String username, @Nullable String password,
			@Nullable Boolean enabled, @Nullable List<MappingBody> mappings) {

		OpcUaConnectionDefinition definition() {
			List<OpcUaConnectionDefinition.Mapping> list = (this.mappings == null) ? List.of()
					: this.mappings.stream().map(MappingBody::mapping).toList();
			return new OpcUaConnectionDefinition(orEmpty(this.name), orEmpty(this.endpointUrl),
					(this.securityPolicy != null) ? this.securityPolicy : "None",
					(this.securityMode != null) ? this.securityMode : "None", blankToNull(this.username),
					blankToNull(this.password), this.enabled == null || this.enabled, list);
		}

	}

	/** One mapping of the request body. */
	record MappingBody(@Nullable String nodeId, @Nullable String deviceKey, @Nullable String property,
			@Nullable Integer samplingMs) {

		OpcUaConnectionDefinition.Mapping mapping() {
			return new OpcUaConnectionDefinition.Mapping(orEmpty(this.nodeId), orEmpty(this.deviceKey),
					orEmpty(this.property), (this.samplingMs != null) ? this.samplingMs : 1000);
		}

	}

	private final ManagingOpcUaConnections connections;

	private final OpcUaRuntimes runtimes;

	private final MessageRates rates;

	OpcUaApiController(ManagingOpcUaConnections connections, OpcUaRuntimes runtimes, MessageRates rates) {
		this.connections = connections;
		this.runtimes = runtimes;
		this.rates = rates;
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return this.connections.list(tenant()).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	Map<String, Object> get(@PathVariable UUID id) {
		return view(this.connections.get(tenant(), id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@RequestBody Body body) {
		return view(this.connections.create(tenant(), body.definition()));
	}

	@PutMapping("/{id}")
	Map<String, Object> update(@PathVariable UUID id, @RequestBody Body body) {
		return view(this.connections.update(tenant(), id, body.definition()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable UUID id) {
		this.connections.delete(tenant(), id);
	}

	private Map<String, Object> view(OpcUaConnection connection) {
		Map<String, Object> json = connection.view();
		this.runtimes.runtime(connection.id()).ifPresent((r) -> {
			var status = r.status();
			Map<String, Object> s = new java.util.LinkedHashMap<>();
			s.put("state", status.state().name());
			s.put("messagesReceived", status.messagesReceived());
			s.put("messagesRejected", status.messagesRejected());
			s.put("errors", r.errorCount());
			MessageRate rate = this.rates.of(r);
			s.put("receivedPerSecond", rate.receivedPerSecond());
			s.put("rejectedPerSecond", rate.rejectedPerSecond());
			s.put("lastError", status.lastError());
			s.put("lastErrorAt", (status.lastErrorAt() != null) ? status.lastErrorAt().toString() : null);
			json.put("status", s);
		});
		return json;
	}

	private static TenantId tenant() {
		return CurrentPrincipal.get().requireTenant();
	}

	static String orEmpty(@Nullable String value) {
		return (value != null) ? value.trim() : "";
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
