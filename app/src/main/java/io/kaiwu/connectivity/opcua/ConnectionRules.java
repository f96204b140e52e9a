package io.kaiwu.connectivity.opcua;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a connection: a name, an {@code opc.tcp://host:port} URL, a known security
 * policy with a matching mode, user name and password together, and mappings whose node
 * ids parse and whose device (of the same tenant) has the property in its thing model.
 */
final class ConnectionRules {

	static final Set<String> POLICIES = Set.of("None", "Basic256Sha256");

	static final Set<String> MODES = Set.of("None", "Sign", "SignAndEncrypt");

	static final int MIN_SAMPLING_MS = 10;

	static final int MAX_SAMPLING_MS = 3_600_000;

	static final int MAX_MAPPINGS = 2000;

	private ConnectionRules() {
	}

	/**
	 * Every rule the definition breaks; empty when it is fine.
	 * @param tenant the connection's tenant.
	 * @param d the definition.
	 * @param devices finds a device by key.
	 */
	static List<FieldError> check(TenantId tenant, OpcUaConnectionDefinition d,
			Function<String, Optional<DeviceSummary>> devices) {
		List<FieldError> errors = new ArrayList<>();
		text(errors, "name", d.name(), 100);
		if (text(errors, "endpointUrl", d.endpointUrl(), 500) && !validUrl(d.endpointUrl())) {
			errors.add(new FieldError("endpointUrl", "problem.opcua.endpoint-url", d.endpointUrl()));
		}
		if (!POLICIES.contains(d.securityPolicy())) {
			errors.add(new FieldError("securityPolicy", "problem.opcua.policy", String.join(", ", POLICIES)));
		}
		if (!MODES.contains(d.securityMode())) {
			errors.add(new FieldError("securityMode", "problem.opcua.mode", String.join(", ", MODES)));
		}
		else if (POLICIES.contains(d.securityPolicy())
				&& "None".equals(d.securityPolicy()) != "None".equals(d.securityMode())) {
			errors.add(new FieldError("securityMode", "problem.opcua.mode-mismatch"));
		}
		boolean user = !blank(d.username());
		boolean password = !blank(d.password());
		if (user != password) {
			errors.add(new FieldError(user ? "password" : "username", "problem.opcua.credentials"));
		}
		if (user && d.username().length() > 200) {
			errors.add(new FieldError("username", "problem.opcua.too-long", 200));
		}
		if (password && d.password().length() > 500) {
			errors.add(new FieldError("password", "problem.opcua.too-long", 500));
		}
		if (d.mappings().size() > MAX_MAPPINGS) {
			errors.add(new FieldError("mappings", "problem.opcua.too-many", MAX_MAPPINGS));
			return errors;
		}
		Set<String> nodes = new HashSet<>();
		for (int i = 0; i < d.mappings().size(); i++) {
			errors.addAll(mapping(tenant, "mappings[" + i + "]", d.mappings().get(i), devices, nodes));
		}
		return errors;
	}

	/** The rules one mapping breaks; the field names start with the prefix. */
	static List<FieldError> mapping(TenantId tenant, String prefix, OpcUaConnectionDefinition.Mapping m,
			Function<String, Optional<DeviceSummary>> devices, Set<String> seenNodes) {
		List<FieldError> errors = new ArrayList<>();
		if (text(errors, prefix + ".nodeId", m.nodeId(), 500)) {
			if (NodeId.parseSafe(m.nodeId()).isEmpty()) {
				errors.add(new FieldError(prefix + ".nodeId", "problem.opcua.node-id", m.nodeId()));
			}
			else if (!seenNodes.add(m.nodeId())) {
				errors.add(new FieldError(prefix + ".nodeId", "problem.opcua.node-repeated", m.nodeId()));
			}
		}
		if (text(errors, prefix + ".deviceKey", m.deviceKey(), 64)) {
			Optional<DeviceSummary> device = devices.apply(m.deviceKey()).filter((s) -> s.tenant().equals(tenant));
			if (device.isEmpty()) {
				errors.add(new FieldError(prefix + ".deviceKey", "problem.opcua.unknown-device", m.deviceKey()));
			}
			else if (text(errors, prefix + ".property", m.property(), 64)
					&& device.get().thingModel().property(m.property()).isEmpty()) {
				errors.add(new FieldError(prefix + ".property", "problem.opcua.unknown-property", m.property(),
						m.deviceKey()));
			}
		}
		if (m.samplingMs() < MIN_SAMPLING_MS || m.samplingMs() > MAX_SAMPLING_MS) {
			errors.add(
					new FieldError(prefix + ".samplingMs", "problem.opcua.sampling", MIN_SAMPLING_MS, MAX_SAMPLING_MS));
		}
		return errors;
	}

	/** Whether the URL is {@code opc.tcp://host:port[/path]}. */
	static boolean validUrl(String url) {
		try {
			URI uri = new URI(url);
			return "opc.tcp".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getPort() > 0
					&& uri.getPort() < 65536 && uri.getQuery() == null && uri.getUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean text(List<FieldError> errors, String field, @Nullable String value, int max) {
		if (blank(value)) {
			errors.add(new FieldError(field, "problem.opcua.required"));
			return false;
		}
		if (value.length() > max) {
			errors.add(new FieldError(field, "problem.opcua.too-long", max));
			return false;
		}
		return true;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
