package io.kaiwu.connectivity.sparkplug;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.exceptions.MqttClientStateException;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5PubAckException;
import com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5SubAckException;
import com.hivemq.client.mqtt.mqtt5.message.connect.connack.Mqtt5ConnAckReasonCode;
import io.kaiwu.connectivity.mqtt.MqttBroker;
import io.kaiwu.connectivity.rate.MessageRates;
import io.kaiwu.simulator.CommandSink;
import io.kaiwu.simulator.Protocol;
import io.kaiwu.simulator.Sample;
import io.kaiwu.simulator.SimulatedDevice;
import io.kaiwu.simulator.SimulatedProperty;
import io.kaiwu.simulator.ValueType;
import io.kaiwu.simulator.sparkplug.SparkplugOutlet;
import io.kaiwu.simulator.sparkplug.SparkplugSettings;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.eclipse.tahu.message.SparkplugBPayloadEncoder;
import org.eclipse.tahu.message.model.Metric;
import org.eclipse.tahu.message.model.MetricDataType;
import org.eclipse.tahu.message.model.SparkplugBPayload;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A Sparkplug B edge node built with Tahu (the simulator's {@link SparkplugOutlet})
 * against the embedded broker: registration over REST, births become devices with their
 * thing model, data becomes telemetry, deaths mark offline, a seq gap brings a rebirth,
 * commands go down as DCMD, and the ACL keeps edge nodes in their own topics.
 */
@KaiwuIntegrationTest
class SparkplugIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	MqttBroker broker;

	@Autowired
	SparkplugHost host;

	@Autowired
	MessageRates rates;

	/** A tenant with a site and a registered edge node. */
	private record Fixture(Api api, String token, String group, String node, String username, String secret) {

		String key(String device) {
			return this.group + "." + this.node + "." + device;
		}

	}

	private Fixture fixture() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "Sparkplug 测试 " + System.nanoTime());
		String token = tenant.adminToken();
		String suffix = Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
		Api.Answer site = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", "SP" + suffix.toUpperCase(Locale.ROOT), "name", "边缘测试工厂"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		String group = "g-" + suffix;
		String node = "edge-" + suffix;
		Api.Answer created = api.post("/api/v1/connectors/sparkplug/edge-nodes", token,
				Map.of("groupId", group, "edgeNodeId", node, "plantNodeId", site.json().get("id").asString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("username").asString()).isEqualTo("spb:" + group + ":" + node);
		assertThat(created.json().get("stateTopic").asString()).isEqualTo("spBv1.0/STATE/kaiwu");
		return new Fixture(api, token, group, node, created.json().get("username").asString(),
				created.json().get("secret").asString());
	}

	private SparkplugOutlet outlet(Fixture f, CommandSink sink, SimulatedDevice... devices) throws Exception {
		SparkplugOutlet outlet = new SparkplugOutlet(new SparkplugSettings("tcp://127.0.0.1:" + this.broker.boundPort(),
				f.username(), f.secret(), f.group(), f.node(), "kaiwu"));
		outlet.start(List.of(devices), sink);
		await().atMost(WAIT).until(outlet::born);
		return outlet;
	}

	private static SimulatedDevice press() {
		return new SimulatedDevice("press-1", "press", Protocol.SPARKPLUG_B,
				List.of(new SimulatedProperty("temperature", ValueType.DOUBLE, "°C"),
						new SimulatedProperty("parts", ValueType.LONG, ""),
						new SimulatedProperty("running", ValueType.BOOLEAN, ""),
						new SimulatedProperty("state", ValueType.TEXT, "")));
	}

	private static SimulatedDevice meter() {
		return new SimulatedDevice("meter-1", "meter", Protocol.SPARKPLUG_B,
				List.of(new SimulatedProperty("power", ValueType.DOUBLE, "kW")));
	}

	@Test
	void birthsBecomeDevicesDataIsStoredDeathsMarkOfflineAndCommandsAreAnswered() throws Exception {
		Fixture f = fixture();
		List<String> commands = new CopyOnWriteArrayList<>();
		CommandSink sink = (device, service, params) -> {
			commands.add(device + " " + service + " " + params);
			return new CommandSink.CommandOutcome(true, "speed set to " + params.get("value"));
		};
		SparkplugOutlet outlet = outlet(f, sink, press(), meter());
		try {
			await().atMost(WAIT).untilAsserted(() -> {
				JsonNode device = device(f, f.key("press-1"));
				assertThat(device).isNotNull();
				assertThat(device.get("online").asBoolean()).isTrue();
				assertThat(device(f, f.key("meter-1"))).isNotNull();
			});
			assertThat(this.host.heartbeat()).as("born devices are kept online").isGreaterThanOrEqualTo(2);
			// the edge node's rate starts from its births
			this.rates.sample();
			JsonNode press = device(f, f.key("press-1"));
			String typeId = press.get("typeId").asString();
			JsonNode model = f.api().get("/api/v1/device-types/" + typeId + "/thing-model", f.token()).json();
			Map<String, String> types = new HashMap<>();
			model.get("properties")
				.forEach((p) -> types.put(p.get("identifier").asString(), p.get("dataType").asString()));
			assertThat(types).containsExactlyInAnyOrderEntriesOf(
					Map.of("temperature", "DOUBLE", "parts", "LONG", "running", "BOOLEAN", "state", "STRING"));

			Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
			outlet.publish(List.of(
					new Sample("press-1", at,
							Map.of("temperature", 61.5, "parts", 1234L, "running", true, "state", "running")),
					new Sample("meter-1", at, Map.of("power", 17.25))));
			await().atMost(WAIT).untilAsserted(() -> {
				Map<String, JsonNode> latest = latest(f, f.key("press-1"));
				assertThat(latest.keySet()).contains("temperature", "parts", "running", "state");
				assertThat(latest.get("temperature").get("value").asDouble()).isEqualTo(61.5);
				assertThat(latest.get("parts").get("value").asLong()).isEqualTo(1234L);
				assertThat(latest.get("running").get("value").asBoolean()).isTrue();
				assertThat(latest.get("state").get("value").asString()).isEqualTo("running");
				assertThat(Instant.parse(latest.get("temperature").get("ts").asString())).isEqualTo(at);
				assertThat(latest(f, f.key("meter-1")).get("power").get("value").asDouble()).isEqualTo(17.25);
			});

			// a service added to the announced type survives the births and goes down as
			// DCMD
			ObjectNode withService = (ObjectNode) model;
			withService.set("services", JSON.valueToTree(List.of(Map.of("identifier", "setSpeed", "nameZh", "设定转速",
					"inputs", List.of(Map.of("identifier", "value", "nameZh", "转速", "dataType", "INT"))))));
			Api.Answer updated = f.api().put("/api/v1/device-types/" + typeId, f.token(), withService);
			assertThat(updated.status()).as(updated.body()).isEqualTo(200);
			Api.Answer command = f.api()
				.post("/api/v1/devices/" + f.key("press-1") + "/services/setSpeed", f.token(),
						Map.of("params", Map.of("value", 42)));
			assertThat(command.status()).as(command.body()).isEqualTo(200);
			assertThat(command.json().get("state").asString()).as(command.body()).isEqualTo("REPLIED");
			assertThat(command.json().get("result").get("message").asString()).isEqualTo("speed set to 42");
			assertThat(commands).containsExactly("press-1 setSpeed {value=42}");

			outlet.removeDevice("meter-1");
			await().atMost(WAIT)
				.untilAsserted(() -> assertThat(device(f, f.key("meter-1")).get("online").asBoolean()).isFalse());
			assertThat(device(f, f.key("press-1")).get("online").asBoolean()).isTrue();
		}
		finally {
			outlet.close();
		}
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(device(f, f.key("press-1")).get("online").asBoolean()).isFalse());
		this.rates.sample();
		JsonNode listed = f.api().get("/api/v1/connectors/sparkplug/edge-nodes", f.token()).json().get(0);
		assertThat(listed.get("online").asBoolean()).isFalse();
		assertThat(listed.get("messages").asLong()).isGreaterThanOrEqualTo(6);
		// data, a death and a device death came after the first sample
		assertThat(listed.get("messagesPerSecond").asDouble()).isPositive();
	}

	@Test
	void aSeqGapOrAnUnknownAliasBringsARebirthAndADeadLetter() throws Exception {
		Fixture f = fixture();
		SparkplugOutlet outlet = outlet(f, (d, s, p) -> new CommandSink.CommandOutcome(true, ""), press());
		Mqtt5BlockingClient raw = connect(f.username(), f.secret());
		try {
			await().atMost(WAIT).untilAsserted(() -> assertThat(device(f, f.key("press-1"))).isNotNull());
			List<String> ncmd = new CopyOnWriteArrayList<>();
			raw.toAsync()
				.subscribeWith()
				.topicFilter("spBv1.0/" + f.group() + "/NCMD/" + f.node())
				.callback((p) -> ncmd.add(p.getTopic().toString()))
				.send()
				.join();
			long births = outlet.births();

			// seq 200 is not the next one, and alias 9999 was never declared
			Metric unknown = new Metric.MetricBuilder(9999L, MetricDataType.Double, 1.5).timestamp(new Date())
				.createMetric();
			raw.publishWith()
				.topic("spBv1.0/" + f.group() + "/DDATA/" + f.node() + "/press-1")
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(new SparkplugBPayloadEncoder()
					.getBytes(new SparkplugBPayload(new Date(), List.of(unknown), 200L), false))
				.send();

			await().atMost(WAIT).untilAsserted(() -> {
				assertThat(ncmd).isNotEmpty();
				assertThat(outlet.births()).isGreaterThan(births);
			});
			JsonNode listed = f.api().get("/api/v1/connectors/sparkplug/edge-nodes", f.token()).json().get(0);
			assertThat(listed.get("rebirthRequests").asLong()).isGreaterThanOrEqualTo(1);
			assertThat(listed.get("online").asBoolean()).isTrue();
			JsonNode letters = f.api().get("/api/v1/dead-letters", f.token()).json();
			List<String> reasons = new ArrayList<>();
			letters.get("items").forEach((l) -> reasons.add(l.get("what").asString() + ": " + l.get("reason")));
			assertThat(reasons).anyMatch((r) -> r.startsWith("alias 9999") && r.contains("unknown alias"));
		}
		finally {
			raw.disconnect();
			outlet.close();
		}
	}

	@Test
	void wrongCredentialsAndOtherNodesTopicsAreRefused() throws Exception {
		Fixture f = fixture();
		assertThatThrownBy(() -> connect(f.username(), "wrong-secret"))
			.isInstanceOfSatisfying(Mqtt5ConnAckException.class, (ex) -> assertThat(ex.getMqttMessage().getReasonCode())
				.isEqualTo(Mqtt5ConnAckReasonCode.BAD_USER_NAME_OR_PASSWORD));
		assertThatThrownBy(() -> connect("spb:" + f.group() + ":someone-else", f.secret()))
			.isInstanceOf(Mqtt5ConnAckException.class);

		Mqtt5BlockingClient raw = connect(f.username(), f.secret());
		try {
			assertThatThrownBy(() -> raw.subscribeWith().topicFilter("spBv1.0/" + f.group() + "/NCMD/other").send())
				.isInstanceOf(Mqtt5SubAckException.class);
			assertThatThrownBy(() -> raw.subscribeWith().topicFilter("spBv1.0/#").send())
				.isInstanceOf(Mqtt5SubAckException.class);
			assertThatThrownBy(() -> raw.publishWith()
				.topic("spBv1.0/" + f.group() + "/NDATA/other-node")
				.qos(MqttQos.AT_LEAST_ONCE)
				.payload(new byte[] { 1 })
				.send()).isInstanceOf(Mqtt5PubAckException.class);
		}
		finally {
			try {
				raw.disconnect();
			}
			catch (MqttClientStateException ex) {
				// the broker may already have closed it after the refused publish
			}
		}
	}

	private Mqtt5BlockingClient connect(String username, String secret) {
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier("spb-test-" + UUID.randomUUID())
			.serverHost("127.0.0.1")
			.serverPort(this.broker.boundPort())
			.buildBlocking();
		client.connectWith()
			.simpleAuth()
			.username(username)
			.password(secret.getBytes(StandardCharsets.UTF_8))
			.applySimpleAuth()
			.send();
		return client;
	}

	private static JsonNode device(Fixture f, String key) {
		for (JsonNode device : f.api().get("/api/v1/devices?q=" + key, f.token()).json().get("items")) {
			if (device.get("key").asString().equals(key)) {
				return device;
			}
		}
		return null;
	}

	private static Map<String, JsonNode> latest(Fixture f, String key) {
		Map<String, JsonNode> byProperty = new HashMap<>();
		f.api()
			.get("/api/v1/devices/" + key + "/telemetry/latest", f.token())
			.json()
			.forEach((p) -> byProperty.put(p.get("property").asString(), p));
		return byProperty;
	}

}
