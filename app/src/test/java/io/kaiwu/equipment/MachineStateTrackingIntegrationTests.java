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
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import io.kaiwu.connectivity.MqttEndpoint;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Machine states from telemetry end to end: a CNC machine publishes its state and part
 * counters over MQTT; the equipment module records its state intervals by the signals'
 * timestamps, one part count per minute, and publishes the state, downtime and part
 * events; after its cache is dropped (as after a restart) it continues the open interval
 * from the database.
 */
@KaiwuIntegrationTest
class MachineStateTrackingIntegrationTests {

	@LocalServerPort
	int port;

	final MqttEndpoint broker;

	final ApplicationEventMulticaster multicaster;

	final List<Object> published = new CopyOnWriteArrayList<>();

	final ApplicationListener<ApplicationEvent> recorder = (event) -> {
		Object payload = (event instanceof PayloadApplicationEvent<?> p) ? p.getPayload() : event;
		if (payload instanceof MachineStateChanged || payload instanceof DowntimeStarted
				|| payload instanceof DowntimeEnded || payload instanceof PartsCounted) {
			this.published.add(payload);
		}
	};

	MachineStateTrackingIntegrationTests(@Autowired MqttEndpoint broker,
			@Autowired ApplicationEventMulticaster multicaster) {
		this.broker = broker;
		this.multicaster = multicaster;
		multicaster.addApplicationListener(this.recorder);
	}

	@AfterEach
	void stopRecording() {
		this.multicaster.removeApplicationListener(this.recorder);
	}

	@Test
	void statesIntervalsPartCountsAndEventsFollowTheSignals() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("状态跟踪企业"));
		String token = tenant.adminToken();
		String site = api
			.post("/api/v1/structure/nodes", token,
					Map.of("level", "SITE", "code", "TRK", "name", "跟踪工厂", "timeZone", "Asia/Shanghai"))
			.json()
			.get("id")
			.asString();
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", unique("cnc"), "nameZh", "数控机床", "properties",
						List.of(Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
								List.of("running", "idle", "down")),
								Map.of("identifier", "goodParts", "nameZh", "合格件", "dataType", "LONG"),
								Map.of("identifier", "rejectParts", "nameZh", "不良件", "dataType", "LONG"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String key = unique("cnc");
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", key, "name", "数控机床", "typeId", type.json().get("id").asString(), "nodeId", site));
		String secret = device.json().get("secret").asString();
		Api.Answer machine = api.post("/api/v1/equipment", token, Map.of("code", unique("CNC"), "name", "加工中心",
				"nodeId", site, "criticality", "A", "deviceId", device.json().get("id").asString()));
		UUID machineId = UUID.fromString(machine.json().get("id").asString());
		Map<String, Object> mapping = Map.of("stateProperty", "state", "stateKind", "BY_VALUE", "stateValues",
				Map.of("running", "RUNNING", "down", "DOWN"), "otherwise", "IDLE", "goodCounter", "goodParts",
				"rejectCounter", "rejectParts");
		assertThat(api.put("/api/v1/equipment/" + machineId + "/signals", token, mapping).status()).isEqualTo(200);

		Instant t0 = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
		String states = "/api/v1/equipment/" + machineId + "/states?from=" + t0.minusSeconds(60) + "&to="
				+ t0.plusSeconds(3600);
		Mqtt5BlockingClient client = connect(key, secret);
		try {
			publish(client, t0, "running", 100, 0);
			publish(client, t0.plusSeconds(20), "running", 110, 0);
			publish(client, t0.plusSeconds(70), "down", 112, 1);
			await().atMost(Duration.ofSeconds(20)).until(() -> api.get(states, token).json().size() == 2);

			// saving the mapping drops the tracker's cache: the next signal is read as
			// after a restart, continuing the open interval from the database
			assertThat(api.put("/api/v1/equipment/" + machineId + "/signals", token, mapping).status()).isEqualTo(200);
			publish(client, t0.plusSeconds(130), "running", 112, 1);
			publish(client, t0.plusSeconds(140), "running", 115, 1);
			publish(client, t0.plusSeconds(200), "idle", 115, 1);
			await().atMost(Duration.ofSeconds(20)).until(() -> api.get(states, token).json().size() == 4);
		}
		finally {
			client.disconnect();
		}

		List<String> intervals = new ArrayList<>();
		api.get(states, token)
			.json()
			.forEach((i) -> intervals.add(i.get("state").asString() + " " + i.get("from").asString() + " "
					+ (i.get("to").isNull() ? "open" : i.get("to").asString())));
		assertThat(intervals).containsExactly("RUNNING " + t0 + " " + t0.plusSeconds(70),
				"DOWN " + t0.plusSeconds(70) + " " + t0.plusSeconds(130),
				"RUNNING " + t0.plusSeconds(130) + " " + t0.plusSeconds(200), "IDLE " + t0.plusSeconds(200) + " open");

		String parts = "/api/v1/equipment/" + machineId + "/parts?from=" + t0 + "&to=" + t0.plusSeconds(3600);
		await().atMost(Duration.ofSeconds(20)).until(() -> api.get(parts, token).json().size() == 3);
		List<String> counted = new ArrayList<>();
		for (JsonNode c : api.get(parts, token).json()) {
			counted.add(c.get("from").asString() + " " + c.get("good").asLong() + "/" + c.get("reject").asLong());
		}
		assertThat(counted).containsExactly(t0 + " 10/0", t0.plusSeconds(60) + " 2/1", t0.plusSeconds(120) + " 3/0");

		List<Object> mine = this.published.stream().filter((e) -> machineId.equals(machineOf(e))).toList();
		assertThat(mine).filteredOn(MachineStateChanged.class::isInstance)
			.extracting((e) -> ((MachineStateChanged) e).from() + ">" + ((MachineStateChanged) e).to())
			.containsExactly("null>RUNNING", "RUNNING>DOWN", "DOWN>RUNNING", "RUNNING>IDLE");
		assertThat(mine).filteredOn(DowntimeStarted.class::isInstance)
			.extracting((e) -> ((DowntimeStarted) e).startedAt())
			.containsExactly(t0.plusSeconds(70));
		assertThat(mine).filteredOn(DowntimeEnded.class::isInstance)
			.extracting((e) -> ((DowntimeEnded) e).state() + " " + ((DowntimeEnded) e).startedAt() + " "
					+ ((DowntimeEnded) e).endedAt())
			.containsExactly("DOWN " + t0.plusSeconds(70) + " " + t0.plusSeconds(130));
		assertThat(mine).filteredOn(PartsCounted.class::isInstance)
			.extracting((e) -> ((PartsCounted) e).goodCount() + "/" + ((PartsCounted) e).rejectCount())
			.containsExactly("10/0", "2/1", "3/0");
	}

	private static UUID machineOf(Object event) {
		if (event instanceof MachineStateChanged e) {
			return e.equipmentId();
		}
		if (event instanceof DowntimeStarted e) {
			return e.equipmentId();
		}
		if (event instanceof DowntimeEnded e) {
			return e.equipmentId();
		}
		return ((PartsCounted) event).equipmentId();
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

	/** QoS 1: acknowledged after the durable store, so messages are stored in order. */
	private static void publish(Mqtt5BlockingClient client, Instant ts, String state, long good, long reject) {
		String json = "{\"ts\":" + ts.toEpochMilli() + ",\"values\":{\"state\":\"" + state + "\",\"goodParts\":" + good
				+ ",\"rejectParts\":" + reject + "}}";
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
