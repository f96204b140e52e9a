package io.kaiwu.quality.inspection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.Quality;
import io.kaiwu.telemetry.TelemetryStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Automatic inspection from telemetry, end to end over HTTP: a device's property mapped
 * to a characteristic with subgroups of three; values ingested over the device HTTP API
 * become subgroups of consecutive values (published as {@link SubgroupRecorded}), the
 * rest wait, a repeated delivery records nothing twice, and bad mappings are refused.
 */
@KaiwuIntegrationTest
class TelemetrySubgroupsIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String MAPPINGS = "/api/v1/quality/telemetry-mappings";

	/**
	 * Values are taken at once when their batch reaches the worker; a batch the worker
	 * dropped while busy (it never slows ingestion down) is taken by the next catch-up,
	 * within a minute.
	 */
	private static final Duration TAKEN = Duration.ofSeconds(90);

	@LocalServerPort
	int port;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	TelemetryStore store;

	Api api;

	InspectionFixtures given;

	String typeId;

	String site;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = InspectionFixtures.of(this.api);
		Api.Answer node = this.api.post("/api/v1/structure/nodes", token(), Map.of("level", "SITE", "code",
				InspectionFixtures.unique("QS"), "name", "质检车间", "timeZone", "Asia/Shanghai"));
		assertThat(node.status()).as(node.body()).isEqualTo(201);
		this.site = node.json().get("id").asString();
		Api.Answer type = this.api.post("/api/v1/device-types", token(),
				Map.of("code", InspectionFixtures.unique("GAUGE").toUpperCase(java.util.Locale.ROOT), "nameZh", "在线测径仪",
						"properties",
						List.of(Map.of("identifier", "diameter", "nameZh", "外径", "dataType", "DOUBLE", "unit", "mm",
								"precision", 3),
								Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
										List.of("ok", "fault")))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		this.typeId = type.json().get("id").asString();
	}

	@Test
	void consecutiveValuesOfAMappedPropertyBecomeSubgroups() {
		JsonNode plan = this.given.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(3))).json();
		String diameter = plan.get("characteristics").get(0).get("id").asString();
		Device gauge = device();
		Api.Answer mapped = this.api.post(MAPPINGS, token(),
				Map.of("deviceId", gauge.id(), "property", "diameter", "characteristicId", diameter));
		assertThat(mapped.status()).as(mapped.body()).isEqualTo(201);
		String mapping = mapped.json().get("id").asString();
		Instant from = Instant.parse(mapped.json().get("takenTo").asString());

		try (EventsHeard heard = new EventsHeard(this.context, this.given.tenantId())) {
			List<Map<String, Object>> first = new ArrayList<>();
			double[] values = { 25.001, 24.998, 25.003, 25.010, 24.990, 25.060, 25.000 };
			for (int i = 0; i < values.length; i++) {
				first.add(reading(from.plusMillis(10 + i), values[i]));
			}
			// the state is not mapped and is left alone
			first.add(Map.of("ts", from.plusMillis(5).toString(), "values", Map.of("state", "ok")));
			ingest(gauge, first);
			await().atMost(TAKEN).until(() -> subgroups(diameter).size() == 2);
			List<JsonNode> made = subgroups(diameter);
			// newest first
			assertThat(made.get(1).get("values")).extracting(JsonNode::asDouble)
				.containsExactly(25.001, 24.998, 25.003);
			assertThat(made.get(0).get("values")).extracting(JsonNode::asDouble)
				.containsExactly(25.010, 24.990, 25.060);
			assertThat(made.get(0).get("outOfSpec").asInt()).isEqualTo(1);
			assertThat(made.get(0).get("source").asString()).isEqualTo("TELEMETRY");
			assertThat(made.get(0).get("deviceId").asString()).isEqualTo(gauge.id());
			assertThat(made.get(0).get("takenAt").asString()).isEqualTo(from.plusMillis(15).toString());
			assertThat(this.api.get(MAPPINGS + "/" + mapping, token()).json().get("waiting").asInt())
				.as("the seventh value waits for two more")
				.isEqualTo(1);

			// delivered again, with two new values: only the new ones count
			List<Map<String, Object>> second = new ArrayList<>(first);
			second.add(reading(from.plusMillis(30), 25.004));
			second.add(reading(from.plusMillis(31), 25.005));
			ingest(gauge, second);
			await().atMost(TAKEN).until(() -> subgroups(diameter).size() == 3);
			assertThat(subgroups(diameter).get(0).get("values")).extracting(JsonNode::asDouble)
				.containsExactly(25.000, 25.004, 25.005);
			ingest(gauge, second);
			await().atMost(TAKEN)
				.until(() -> this.api.get(MAPPINGS + "/" + mapping, token()).json().get("waiting").asInt() == 0);
			assertThat(subgroups(diameter)).as("a repeat records nothing").hasSize(3);

			List<SubgroupRecorded> published = heard.subgroups.stream()
				.filter((s) -> s.characteristicId().toString().equals(diameter))
				.toList();
			assertThat(published).hasSize(3);
			assertThat(published.get(2).values()).containsExactly(25.000, 25.004, 25.005);
			assertThat(published).extracting((s) -> s.subgroupId().toString())
				.containsExactlyInAnyOrderElementsOf(
						subgroups(diameter).stream().map((s) -> s.get("id").asString()).toList());
		}

		Api.Answer paused = this.api.put(MAPPINGS + "/" + mapping, token(), Map.of("active", false));
		assertThat(paused.status()).as(paused.body()).isEqualTo(200);
		assertThat(paused.json().get("active").asBoolean()).isFalse();
		assertThat(this.api.delete(MAPPINGS + "/" + mapping, token()).status()).isEqualTo(204);
	}

	@Test
	void valuesStoredWithoutANoticeAreTakenAtTheNextAndBadOnesSkipped() {
		JsonNode plan = this.given.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(3))).json();
		String diameter = plan.get("characteristics").get(0).get("id").asString();
		Device gauge = device();
		Api.Answer mapped = this.api.post(MAPPINGS, token(),
				Map.of("deviceId", gauge.id(), "property", "diameter", "characteristicId", diameter));
		assertThat(mapped.status()).as(mapped.body()).isEqualTo(201);
		Instant from = Instant.parse(mapped.json().get("takenTo").asString());
		TenantId tenant = this.given.tenantId();
		UUID device = UUID.fromString(gauge.id());
		// stored, but no batch announced them: as if the worker's queue had been full, or
		// the application had stopped between storing and grouping
		this.store
			.append(List.of(Measurement.number(tenant, device, "diameter", from.plusMillis(1), 25.011, Quality.GOOD),
					Measurement.number(tenant, device, "diameter", from.plusMillis(2), 99.0, Quality.BAD),
					Measurement.number(tenant, device, "diameter", from.plusMillis(3), 25.012, Quality.GOOD)));
		ingest(gauge, List.of(reading(from.plusMillis(4), 25.013)));
		await().atMost(TAKEN).until(() -> subgroups(diameter).size() == 1);
		assertThat(subgroups(diameter).get(0).get("values")).extracting(JsonNode::asDouble)
			.containsExactly(25.011, 25.012, 25.013);
	}

	@Test
	void refusesMappingsThatCannotFeedTheCharacteristic() {
		JsonNode plan = this.given
			.plan("IN_PROCESS", List.of(InspectionFixtures.diameter(3), InspectionFixtures.appearance()))
			.json();
		String diameter = plan.get("characteristics").get(0).get("id").asString();
		String appearance = plan.get("characteristics").get(1).get("id").asString();
		Device gauge = device();
		assertRefused(Map.of("deviceId", gauge.id(), "property", "length", "characteristicId", diameter), "property",
				"diameter, state");
		assertRefused(Map.of("deviceId", gauge.id(), "property", "state", "characteristicId", diameter), "property",
				"ENUM");
		assertRefused(Map.of("deviceId", gauge.id(), "property", "diameter", "characteristicId", appearance),
				"characteristicId", "计数型");
		assertRefused(Map.of("deviceId", java.util.UUID.randomUUID().toString(), "property", "diameter",
				"characteristicId", diameter), "deviceId", "没有设备");
		Map<String, Object> ok = Map.of("deviceId", gauge.id(), "property", "diameter", "characteristicId", diameter);
		assertThat(this.api.post(MAPPINGS, token(), ok).status()).isEqualTo(201);
		assertRefused(ok, "property", "已映射");
		Map<String, Object> moved = new HashMap<>(ok);
		moved.put("property", "state");
		String id = this.api.get(MAPPINGS, token())
			.json()
			.valueStream()
			.filter((m) -> m.get("deviceId").asString().equals(gauge.id()))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		Api.Answer refused = this.api.put(MAPPINGS + "/" + id, token(), moved);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("property");
	}

	record Device(String id, String key, String secret) {
	}

	private Device device() {
		String key = InspectionFixtures.unique("gauge");
		Api.Answer device = this.api.post("/api/v1/devices", token(),
				Map.of("key", key, "name", "OP20 在线测径仪", "typeId", this.typeId, "nodeId", this.site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		return new Device(device.json().get("id").asString(), key, device.json().get("secret").asString());
	}

	private static Map<String, Object> reading(Instant ts, double diameter) {
		return Map.of("ts", ts.toString(), "values", Map.of("diameter", diameter));
	}

	private void ingest(Device device, List<Map<String, Object>> readings) {
		Api.Answer ingested = this.api.postBasic("/api/v1/devices/" + device.key() + "/telemetry", device.key(),
				device.secret(), "application/json",
				JSON.writeValueAsString(readings).getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
	}

	private List<JsonNode> subgroups(String characteristic) {
		Api.Answer answer = this.api.get("/api/v1/quality/characteristics/" + characteristic + "/subgroups", token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("items").valueStream().toList();
	}

	private void assertRefused(Map<String, Object> body, String field, String reasonContains) {
		Api.Answer refused = this.api.post(MAPPINGS, token(), body);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors")).as(refused.body()).anySatisfy((e) -> {
			assertThat(e.get("field").asString()).isEqualTo(field);
			assertThat(e.get("message").asString()).contains(reasonContains);
		});
	}

	private String token() {
		return this.given.token();
	}

}
