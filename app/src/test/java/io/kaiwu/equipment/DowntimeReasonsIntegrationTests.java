package io.kaiwu.equipment;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Downtime reasons: a new tenant gets the default reason tree on first use, an operator
 * picks the reason of a machine's stop, a running interval or an unknown reason is
 * refused, a picked reason cannot be deleted, and the Pareto adds up stop time by reason.
 */
@KaiwuIntegrationTest
class DowntimeReasonsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MqttEndpoint broker;

	@Test
	void anOperatorPicksTheReasonOfAStopAndTheParetoAddsUpStopTimeByReason() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("停机原因企业"));
		String token = tenant.adminToken();
		List<JsonNode> tree = new ArrayList<>();
		api.get("/api/v1/downtime-reasons", token).json().forEach(tree::add);
		assertThat(tree).extracting((r) -> r.get("label").asString()).contains("设备故障", "设备故障 › 机械故障", "换型", "待料", "缺人");
		String mechanical = tree.stream()
			.filter((r) -> r.get("code").asString().equals("BREAKDOWN-MECH"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		Api.Answer jam = api.post("/api/v1/downtime-reasons", token,
				Map.of("code", "JAM", "nameZh", "卡料", "nameEn", "Jam", "parentId", tree.get(0).get("id").asString()));
		assertThat(jam.status()).as(jam.body()).isEqualTo(201);
		assertThat(jam.json().get("label").asString()).isEqualTo("设备故障 › 卡料");
		assertThat(api.post("/api/v1/downtime-reasons", token, Map.of("code", "JAM", "nameZh", "又一个")).status())
			.isEqualTo(400);

		String site = api
			.post("/api/v1/structure/nodes", token,
					Map.of("level", "SITE", "code", "DT", "name", "停机工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer type = api.post("/api/v1/device-types", token, Map.of("code", unique("press"), "nameZh", "冲床",
				"properties", List.of(Map.of("identifier", "state", "nameZh", "状态", "dataType", "STRING"))));
		String key = unique("press");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "冲床", "typeId", type.json().get("id").asString(), "nodeId", site));
		String machine = api
			.post("/api/v1/equipment", token, Map.of("code", unique("P"), "name", "冲床", "nodeId", site, "criticality",
					"B", "deviceId", device.json().get("id").asString()))
			.json()
			.get("id")
			.asString();
		api.put("/api/v1/equipment/" + machine + "/signals", token, Map.of("stateProperty", "state", "stateKind",
				"BY_VALUE", "stateValues", Map.of("running", "RUNNING", "down", "DOWN"), "otherwise", "IDLE"));

		Instant t0 = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
		Mqtt5BlockingClient client = connect(key, device.json().get("secret").asString());
		try {
			publish(client, t0, "running");
			publish(client, t0.plus(Duration.ofMinutes(10)), "down");
			publish(client, t0.plus(Duration.ofMinutes(40)), "running");
			publish(client, t0.plus(Duration.ofMinutes(50)), "down");
			publish(client, t0.plus(Duration.ofMinutes(55)), "running");
		}
		finally {
			client.disconnect();
		}
		String from = t0.minusSeconds(60).toString();
		String to = Instant.now().toString();
		String stops = "/api/v1/equipment/downtime?from=" + from + "&to=" + to + "&nodeId=" + site;
		await().atMost(Duration.ofSeconds(20)).until(() -> api.get(stops, token).json().size() == 2);
		JsonNode list = api.get(stops, token).json();
		// newest first: the 5 min stop, then the 30 min one
		assertThat(list.get(0).get("minutes").asDouble()).isEqualTo(5.0);
		assertThat(list.get(1).get("minutes").asDouble()).isEqualTo(30.0);
		String longStop = list.get(1).get("id").asString();
		String shortStop = list.get(0).get("id").asString();

		String operator = operator(api, token);
		Api.Answer picked = api.put("/api/v1/equipment/" + machine + "/stops/" + longStop + "/reason", operator,
				Map.of("reasonId", mechanical));
		assertThat(picked.status()).as(picked.body()).isEqualTo(200);
		assertThat(picked.json().get("reasonId").asString()).isEqualTo(mechanical);
		api.put("/api/v1/equipment/" + machine + "/stops/" + shortStop + "/reason", operator,
				Map.of("reasonId", jam.json().get("id").asString()));

		String running = api.get("/api/v1/equipment/" + machine + "/states?from=" + from + "&to=" + to, token)
			.json()
			.get(0)
			.get("id")
			.asString();
		Api.Answer notAStop = api.put("/api/v1/equipment/" + machine + "/stops/" + running + "/reason", operator,
				Map.of("reasonId", mechanical));
		assertThat(notAStop.status()).isEqualTo(400);
		assertThat(notAStop.body()).contains("\"intervalId\"");
		Api.Answer unknown = api.put("/api/v1/equipment/" + machine + "/stops/" + shortStop + "/reason", operator,
				Map.of("reasonId", machine));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"reasonId\"");
		assertThat(api.delete("/api/v1/downtime-reasons/" + mechanical, token).status()).isEqualTo(409);

		JsonNode pareto = api
			.get("/api/v1/equipment/downtime/pareto?from=" + from + "&to=" + to + "&nodeId=" + site, token)
			.json();
		assertThat(pareto).hasSize(2);
		assertThat(pareto.get(0).get("reason").asString()).isEqualTo("设备故障 › 机械故障");
		assertThat(pareto.get(0).get("minutes").asDouble()).isEqualTo(30.0);
		assertThat(pareto.get(1).get("reason").asString()).isEqualTo("设备故障 › 卡料");
		assertThat(pareto.get(1).get("minutes").asDouble()).isEqualTo(5.0);

		Tenants.FreshTenant other = Tenants.fresh(api, unique("别的企业"));
		assertThat(api
			.put("/api/v1/equipment/" + machine + "/stops/" + longStop + "/reason", other.adminToken(),
					Map.of("reasonId", mechanical))
			.status()).isEqualTo(404);
	}

	private static String operator(Api api, String adminToken) {
		String username = unique("operator");
		api.post("/api/v1/users", adminToken, Map.of("username", username, "displayName", "操作工", "temporaryPassword",
				"Temporary-Pass-7", "roles", List.of("OPERATOR")));
		api.post("/api/v1/auth/password", null,
				Map.of("username", username, "password", "Temporary-Pass-7", "newPassword", "Settled-Passw0rd-7"));
		return api.token(username, "Settled-Passw0rd-7");
	}

	private Mqtt5BlockingClient connect(String key, String secret) {
		URI uri = this.broker.localUri().orElseThrow();
		Mqtt5BlockingClient client = MqttClient.builder()
			.useMqttVersion5()
			.identifier(key)
			.serverHost(uri.getHost())
			.serverPort(uri.getPort())
			.buildBlocking();
		client.connectWith()
			.simpleAuth()
			.username(key)
			.password(secret.getBytes(StandardCharsets.UTF_8))
			.applySimpleAuth()
			.send();
		return client;
	}

	private static void publish(Mqtt5BlockingClient client, Instant ts, String state) {
		String json = "{\"ts\":" + ts.toEpochMilli() + ",\"values\":{\"state\":\"" + state + "\"}}";
		client.publishWith()
			.topic("kaiwu/" + client.getConfig().getClientIdentifier().orElseThrow() + "/telemetry")
			.qos(MqttQos.AT_LEAST_ONCE)
			.payload(json.getBytes(StandardCharsets.UTF_8))
			.send();
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
