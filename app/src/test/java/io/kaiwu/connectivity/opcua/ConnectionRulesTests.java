package io.kaiwu.connectivity.opcua;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.connectivity.OpcUaConnectionDefinition;
import io.kaiwu.device.DataType;
import io.kaiwu.device.DeviceSummary;
import io.kaiwu.device.PropertyDefinition;
import io.kaiwu.device.ThingModel;
import io.kaiwu.shared.KaiwuProblem.FieldError;
import io.kaiwu.shared.TenantId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an OPC UA connection and its mappings. */
class ConnectionRulesTests {

	private static final TenantId TENANT = TenantId.of(UUID.randomUUID());

	private static final TenantId OTHER = TenantId.of(UUID.randomUUID());

	private static Optional<DeviceSummary> device(String key) {
		TenantId tenant = switch (key) {
			case "cnc-01" -> TENANT;
			case "foreign-01" -> OTHER;
			default -> null;
		};
		if (tenant == null) {
			return Optional.empty();
		}
		ThingModel model = new ThingModel(List.of(new PropertyDefinition("spindleSpeed", "主轴转速", "", DataType.DOUBLE,
				"rpm", null, null, null, List.of(), false)), List.of(), List.of());
		return Optional.of(new DeviceSummary(tenant, UUID.randomUUID(), key, key, UUID.randomUUID(), "CNC",
				UUID.randomUUID(), false, null, model));
	}

	private static List<String> fields(OpcUaConnectionDefinition d) {
		return ConnectionRules.check(TENANT, d, ConnectionRulesTests::device).stream().map(FieldError::field).toList();
	}

	private static OpcUaConnectionDefinition connection(String url, String policy, String mode,
			OpcUaConnectionDefinition.Mapping... mappings) {
		return new OpcUaConnectionDefinition("plc", url, policy, mode, null, null, true, List.of(mappings));
	}

	private static OpcUaConnectionDefinition.Mapping mapping(String node, String key, String property, int ms) {
		return new OpcUaConnectionDefinition.Mapping(node, key, property, ms);
	}

	@Test
	void aWellFormedConnectionPasses() {
		assertThat(fields(connection("opc.tcp://plc.local:4840/kaiwu", "Basic256Sha256", "SignAndEncrypt",
				mapping("ns=2;s=cnc-01/spindleSpeed", "cnc-01", "spindleSpeed", 500),
				mapping("ns=3;i=1001", "cnc-01", "spindleSpeed", 10))))
			.isEmpty();
		assertThat(fields(connection("opc.tcp://127.0.0.1:4840", "None", "None"))).isEmpty();
	}

	@Test
	void urlsMustBeOpcTcpWithHostAndPort() {
		assertThat(ConnectionRules.validUrl("opc.tcp://localhost:4840")).isTrue();
		assertThat(ConnectionRules.validUrl("opc.tcp://localhost:4840/path/x")).isTrue();
		assertThat(ConnectionRules.validUrl("opc.tcp://localhost")).isFalse();
		assertThat(ConnectionRules.validUrl("http://localhost:4840")).isFalse();
		assertThat(ConnectionRules.validUrl("opc.tcp://user@localhost:4840")).isFalse();
		assertThat(ConnectionRules.validUrl("not a url")).isFalse();
	}

	@Test
	void policyAndModeMustMatch() {
		assertThat(fields(connection("opc.tcp://h:1", "None", "Sign"))).containsExactly("securityMode");
		assertThat(fields(connection("opc.tcp://h:1", "Basic256Sha256", "None"))).containsExactly("securityMode");
		assertThat(fields(connection("opc.tcp://h:1", "Aes128", "None"))).containsExactly("securityPolicy");
		assertThat(fields(connection("opc.tcp://h:1", "None", "Encrypt"))).containsExactly("securityMode");
	}

	@Test
	void userAndPasswordGoTogether() {
		OpcUaConnectionDefinition onlyUser = new OpcUaConnectionDefinition("plc", "opc.tcp://h:1", "None", "None",
				"operator", null, true, List.of());
		OpcUaConnectionDefinition onlyPassword = new OpcUaConnectionDefinition("plc", "opc.tcp://h:1", "None", "None",
				null, "secret", true, List.of());
		assertThat(fields(onlyUser)).containsExactly("password");
		assertThat(fields(onlyPassword)).containsExactly("username");
	}

	@Test
	void mappingsNeedAParsableNodeAKnownDeviceOfTheTenantAndItsProperty() {
		assertThat(fields(connection("opc.tcp://h:1", "None", "None",
				mapping("ns=2;q=x", "cnc-01", "spindleSpeed", 100), mapping("ns=2;s=a", "nobody", "spindleSpeed", 100),
				mapping("ns=2;s=b", "foreign-01", "spindleSpeed", 100), mapping("ns=2;s=c", "cnc-01", "feedRate", 100),
				mapping("ns=2;s=d", "cnc-01", "spindleSpeed", 5), mapping("ns=2;s=d", "cnc-01", "spindleSpeed", 100))))
			.containsExactly("mappings[0].nodeId", "mappings[1].deviceKey", "mappings[2].deviceKey",
					"mappings[3].property", "mappings[4].samplingMs", "mappings[5].nodeId");
	}

}
