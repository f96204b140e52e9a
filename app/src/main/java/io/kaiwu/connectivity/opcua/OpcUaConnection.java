package io.kaiwu.connectivity.opcua;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;

/**
 * A stored OPC UA connection of a tenant.
 *
 * @param id its id.
 * @param tenant the tenant.
 * @param definition what it connects to and what it maps.
 * @param createdAt when it was created.
 * @param updatedAt when it last changed.
 */
public record OpcUaConnection(UUID id, UUID tenant, OpcUaConnectionDefinition definition, Instant createdAt,
		Instant updatedAt) {

	/** The connection as the API and the audit log show it: without the password. */
	public Map<String, Object> view() {
		OpcUaConnectionDefinition d = this.definition;
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", this.id);
		json.put("name", d.name());
		json.put("endpointUrl", d.endpointUrl());
		json.put("securityPolicy", d.securityPolicy());
		json.put("securityMode", d.securityMode());
		json.put("username", d.username());
		json.put("passwordSet", d.password() != null && !d.password().isEmpty());
		json.put("enabled", d.enabled());
		List<Map<String, Object>> mappings = d.mappings()
			.stream()
			.map((m) -> Map.<String, Object>of("nodeId", m.nodeId(), "deviceKey", m.deviceKey(), "property",
					m.property(), "samplingMs", m.samplingMs()))
			.toList();
		json.put("mappings", mappings);
		json.put("createdAt", this.createdAt.toString());
		json.put("updatedAt", this.updatedAt.toString());
		return json;
	}

}
