package io.kaiwu.telemetry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import io.kaiwu.telemetry.ingest.TelemetryRetention;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP ingest with a device's key and secret, the dead-letter list, and the read
 * endpoints (latest, history, aggregation, CSV) over real HTTP.
 */
@KaiwuIntegrationTest
class TelemetryIngestIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	final MeterRegistry meters;

	final TelemetryStore store;

	final TelemetryRetention retention;

	Api api;

	/**
	 * A tenant admin of this class's own tenant (the demo tenant's devices are counted
	 * elsewhere).
	 */
	String token;

	static Tenants.FreshTenant tenant;

	static String site;

	String type;

	/** A minute boundary an hour ago: inside the backfill window, aligned for buckets. */
	Instant base;

	TelemetryIngestIntegrationTests(@Autowired MeterRegistry meters, @Autowired TelemetryStore store,
			@Autowired TelemetryRetention retention) {
		this.meters = meters;
		this.store = store;
		this.retention = retention;
	}

	record Device(String id, String key, String secret) {
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		if (tenant == null) {
			tenant = Tenants.fresh(this.api, unique("遥测测试企业"));
			Api.Answer created = this.api.post("/api/v1/structure/nodes", tenant.adminToken(),
					Map.of("level", "SITE", "code", "TEL", "name", "遥测工厂", "timeZone", "Asia/Shanghai"));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			site = created.json().get("id").asString();
		}
		this.token = tenant.adminToken();
		this.base = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.HOURS);
		String code = unique("TEL").toUpperCase(Locale.ROOT);
		Api.Answer created = this.api.post("/api/v1/device-types", this.token,
				Map.of("code", code, "nameZh", "遥测测试", "properties", List.of(
						Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE", "min", -20, "max",
								120, "precision", 1),
						Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
								List.of("running", "idle")),
						Map.of("identifier", "parts", "nameZh", "计数", "dataType", "LONG"),
						Map.of("identifier", "energy", "nameZh", "电能", "dataType", "LONG", "min", 0, "max", 999),
						Map.of("identifier", "running", "nameZh", "运行", "dataType", "BOOLEAN"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		this.type = created.json().get("id").asString();
	}

	Device device() {
		String key = unique("tel");
		Api.Answer created = this.api.post("/api/v1/devices", this.token,
				Map.of("key", key, "name", "设备 " + key, "typeId", this.type, "nodeId", site));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Device(created.json().get("id").asString(), key, created.json().get("secret").asString());
	}

	Api.Answer send(Device device, Object message) {
		return send(device.key(), device.key(), device.secret(), JSON.writeValueAsString(message));
	}

	Api.Answer send(String pathKey, String user, String secret, String body) {
		return this.api.postBasic("/api/v1/devices/" + pathKey + "/telemetry", user, secret, "application/json",
				body.getBytes(StandardCharsets.UTF_8));
	}

	Map<String, Object> at(Instant ts, Map<String, Object> values) {
		return Map.of("ts", ts.toString(), "values", values);
	}

	String range() {
		return "from=" + this.base.minus(1, ChronoUnit.MINUTES) + "&to=" + this.base.plus(10, ChronoUnit.MINUTES);
	}

	@Test
	void aGoodMessageIsStoredAndReadableAsLatestAndHistory() {
		Device device = device();
		Api.Answer answer = send(device,
				at(this.base, Map.of("temperature", 21.46, "state", "running", "running", true)));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).isEqualTo(3);
		assertThat(answer.json().get("stored").asInt()).isEqualTo(3);
		assertThat(answer.json().get("rejected")).isEmpty();

		Api.Answer latest = this.api.get("/api/v1/devices/" + device.key() + "/telemetry/latest", this.token);
		assertThat(latest.status()).as(latest.body()).isEqualTo(200);
		Map<String, JsonNode> byProperty = new java.util.HashMap<>();
		latest.json().forEach((p) -> byProperty.put(p.get("property").asString(), p));
		assertThat(byProperty.get("temperature").get("value").asDouble()).isEqualTo(21.5);
		assertThat(byProperty.get("temperature").get("quality").asString()).isEqualTo("GOOD");
		assertThat(Instant.parse(byProperty.get("temperature").get("ts").asString())).isEqualTo(this.base);
		assertThat(byProperty.get("state").get("value").asString()).isEqualTo("running");
		assertThat(byProperty.get("running").get("value").asBoolean()).isTrue();

		Api.Answer history = this.api
			.get("/api/v1/devices/" + device.key() + "/telemetry/temperature?" + range() + "&size=10", this.token);
		assertThat(history.status()).as(history.body()).isEqualTo(200);
		assertThat(history.json().get("total").asLong()).isEqualTo(1);
		assertThat(history.json().get("items").get(0).get("value").asDouble()).isEqualTo(21.5);

		JsonNode seen = this.api.get("/api/v1/devices/" + device.id(), this.token).json();
		assertThat(seen.get("online").asBoolean()).isTrue();
		assertThat(seen.get("lastSeenAt").isNull()).isFalse();
	}

	@Test
	void aTenantAdminCountsEveryStoredMeasurementOfARange() {
		// two hours back: no other test of this tenant writes there
		Instant from = this.base.minus(2, ChronoUnit.HOURS).plusSeconds(Math.abs(System.nanoTime() % 3000));
		Device one = device();
		Device two = device();
		assertThat(send(one, at(from, Map.of("temperature", 20.0, "parts", 1))).status()).isEqualTo(200);
		assertThat(send(two, at(from.plusSeconds(1), Map.of("temperature", 21.0))).status()).isEqualTo(200);
		assertThat(send(two, at(from.plusSeconds(5), Map.of("temperature", 22.0))).status()).isEqualTo(200);

		Api.Answer count = this.api.get("/api/v1/telemetry/count?from=" + from + "&to=" + from.plusSeconds(5),
				this.token);
		assertThat(count.status()).as(count.body()).isEqualTo(200);
		assertThat(count.json().get("count").asLong()).isEqualTo(3);
		assertThat(this.api.get("/api/v1/telemetry/count?from=" + from + "&to=" + from, this.token).status())
			.isEqualTo(400);
	}

	@Test
	void aMixedMessageStoresTheGoodValuesAndDeadLettersTheBadOnes() {
		Device device = device();
		double before = rejected("out-of-range");
		Api.Answer answer = send(device, Map.of("values",
				Map.of("temperature", 500, "state", "broken", "humidity", 3, "parts", 7, "running", "yes")));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.json().get("accepted").asInt()).isEqualTo(1);
		assertThat(answer.json().get("stored").asInt()).isEqualTo(1);
		Map<String, String> reasons = new java.util.HashMap<>();
		answer.json().get("rejected").forEach((r) -> reasons.put(r.get("what").asString(), r.get("reason").asString()));
		assertThat(reasons).containsOnlyKeys("temperature", "state", "humidity", "running");
		assertThat(reasons.get("temperature")).contains("500", "120");
		assertThat(reasons.get("state")).contains("broken");
		assertThat(reasons.get("humidity")).contains("no property");
		assertThat(reasons.get("running")).contains("BOOLEAN");
		assertThat(rejected("out-of-range")).isEqualTo(before + 1);

		Api.Answer letters = this.api.get("/api/v1/dead-letters?size=50", this.token);
		assertThat(letters.status()).as(letters.body()).isEqualTo(200);
		List<JsonNode> mine = new java.util.ArrayList<>();
		letters.json().get("items").forEach((l) -> {
			if (l.get("deviceKey").asString().equals(device.key())) {
				mine.add(l);
			}
		});
		assertThat(mine).hasSize(4);
		JsonNode temperature = mine.stream()
			.filter((l) -> l.get("what").asString().equals("temperature"))
			.findFirst()
			.orElseThrow();
		assertThat(temperature.get("connector").asString()).isEqualTo("http");
		assertThat(temperature.get("reasonKind").asString()).isEqualTo("out-of-range");
		assertThat(temperature.get("excerpt").asString()).contains("temperature").contains("500");
		assertThat(temperature.get("receivedAt").asString()).endsWith("Z");
		Api.Answer otherTenant = this.api.get("/api/v1/dead-letters?size=500",
				Tenants.fresh(this.api, unique("死信企业")).adminToken());
		assertThat(otherTenant.body()).doesNotContain(device.key());
	}

	@Test
	void aRedeliveredMessageIsStoredOnce() {
		Device device = device();
		Map<String, Object> message = at(this.base, Map.of("temperature", 30.0, "parts", 12));
		assertThat(send(device, message).json().get("stored").asInt()).isEqualTo(2);
		Api.Answer again = send(device, message);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("accepted").asInt()).isEqualTo(2);
		assertThat(again.json().get("stored").asInt()).isZero();
		assertThat(this.api.get("/api/v1/devices/" + device.key() + "/telemetry/temperature?" + range(), this.token)
			.json()
			.get("total")
			.asLong()).isEqualTo(1);
	}

	@Test
	void devicesMustSendTheirOwnKeyAndSecret() {
		Device device = device();
		Device other = device();
		String body = "{\"values\":{\"temperature\":20}}";
		Api.Answer wrong = send(device.key(), device.key(), device.secret() + "x", body);
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Basic realm=\"kaiwu-devices\"");
		assertThat(wrong.json().get("type").asString()).isEqualTo("urn:kaiwu:problem:unauthorized");
		Api.Answer none = this.api.postBasic("/api/v1/devices/" + device.key() + "/telemetry", null, null,
				"application/json", body.getBytes(StandardCharsets.UTF_8));
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.header("WWW-Authenticate")).isEqualTo("Basic realm=\"kaiwu-devices\"");
		Api.Answer bearer = this.api.postRaw("/api/v1/devices/" + device.key() + "/telemetry", this.token,
				"application/json", body);
		assertThat(bearer.status()).isEqualTo(401);
		Api.Answer foreign = send(device.key(), other.key(), other.secret(), body);
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.json().get("type").asString()).isEqualTo("urn:kaiwu:problem:forbidden");
		assertThat(this.api.get("/api/v1/devices/" + device.key() + "/telemetry/latest", this.token).json()).isEmpty();
	}

	@Test
	void oversizedAndBrokenMessagesAreRefused() {
		Device device = device();
		String big = "{\"values\":{\"temperature\":20},\"pad\":\"" + "x".repeat(TelemetryPayload.MAX_BYTES) + "\"}";
		Api.Answer tooLarge = send(device.key(), device.key(), device.secret(), big);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("type").asString()).isEqualTo("urn:kaiwu:problem:too-large");

		Api.Answer broken = send(device.key(), device.key(), device.secret(), "{\"values\": {\"temperature\": 2");
		assertThat(broken.status()).as(broken.body()).isEqualTo(400);
		assertThat(broken.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
		assertThat(broken.json().get("errors").get(0).get("message").asString()).contains("JSON");
		Api.Answer letters = this.api.get("/api/v1/dead-letters?size=50", this.token);
		boolean recorded = false;
		for (JsonNode l : letters.json().get("items")) {
			if (l.get("deviceKey").asString().equals(device.key())) {
				assertThat(l.get("what").asString()).isEqualTo("payload");
				assertThat(l.get("excerpt").asString()).startsWith("{\"values\"");
				recorded = true;
			}
		}
		assertThat(recorded).isTrue();

		Api.Answer partly = send(device.key(), device.key(), device.secret(),
				"[{\"values\":{\"temperature\":20}}, 42]");
		assertThat(partly.status()).as(partly.body()).isEqualTo(200);
		assertThat(partly.json().get("stored").asInt()).isEqualTo(1);
		assertThat(partly.json().get("rejected").get(0).get("what").asString()).isEqualTo("[1]");
	}

	@Test
	void aggregatesInMinuteBucketsAndCountsDeltaAcrossResetsAndRollover() {
		Device device = device();
		Api.Answer answer = send(device,
				List.of(at(this.base, Map.of("temperature", 10, "parts", 100, "energy", 990)),
						at(this.base.plusSeconds(20), Map.of("parts", 110, "energy", 10)),
						at(this.base.plusSeconds(30), Map.of("temperature", 20)),
						at(this.base.plusSeconds(40), Map.of("parts", 5)),
						at(this.base.plusSeconds(60), Map.of("temperature", 30)),
						at(this.base.plusSeconds(70), Map.of("parts", 15))));
		assertThat(answer.json().get("stored").asInt()).as(answer.body()).isEqualTo(9);
		String path = "/api/v1/devices/" + device.key() + "/telemetry/";

		JsonNode avg = this.api.get(path + "temperature?" + range() + "&interval=PT1M&agg=avg", this.token).json();
		assertThat(avg.get("zone").asString()).isEqualTo("Asia/Shanghai");
		assertThat(avg.get("buckets")).hasSize(2);
		assertThat(Instant.parse(avg.get("buckets").get(0).get("start").asString())).isEqualTo(this.base);
		assertThat(avg.get("buckets").get(0).get("value").asDouble()).isEqualTo(15.0);
		assertThat(avg.get("buckets").get(0).get("count").asLong()).isEqualTo(2);
		assertThat(avg.get("buckets").get(1).get("value").asDouble()).isEqualTo(30.0);

		JsonNode delta = this.api.get(path + "parts?" + range() + "&interval=PT1M&agg=delta", this.token).json();
		assertThat(delta.get("buckets").get(0).get("value").asDouble()).isEqualTo(15.0);
		assertThat(delta.get("buckets").get(1).get("value").asDouble()).isEqualTo(10.0);
		JsonNode rollover = this.api.get(path + "energy?" + range() + "&interval=PT1M&agg=delta", this.token).json();
		assertThat(rollover.get("buckets").get(0).get("value").asDouble()).isEqualTo(19.0);

		Api.Answer badAgg = this.api.get(path + "parts?" + range() + "&interval=PT1M&agg=median", this.token);
		assertThat(badAgg.status()).isEqualTo(400);
		assertThat(badAgg.json().get("errors").get(0).get("field").asString()).isEqualTo("agg");
		Api.Answer badInterval = this.api.get(path + "parts?" + range() + "&interval=PT0S&agg=sum", this.token);
		assertThat(badInterval.status()).isEqualTo(400);
		assertThat(this.api.get(path + "state?" + range() + "&interval=PT1M&agg=avg", this.token).status())
			.isEqualTo(400);
		assertThat(this.api.get(path + "nothing?" + range(), this.token).status()).isEqualTo(404);
	}

	@Test
	void exportsCsvWithTheSiteOffset() {
		Device device = device();
		send(device, List.of(at(this.base, Map.of("temperature", 21.5)), Map.of("ts",
				this.base.plusSeconds(30).toString(), "values", Map.of("temperature", 22.0), "quality", "uncertain")));
		Api.Download csv = this.api
			.download("/api/v1/devices/" + device.key() + "/telemetry/temperature/export.csv?" + range(), this.token);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String[] lines = new String(csv.bytes(), StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).isEqualTo("ts,value,quality");
		String local = this.base.atZone(java.time.ZoneId.of("Asia/Shanghai"))
			.toOffsetDateTime()
			.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		assertThat(lines[1]).isEqualTo(local + ",21.5,GOOD").contains("+08:00");
		assertThat(lines[2]).endsWith(",22.0,UNCERTAIN");
	}

	@Test
	void anotherTenantsDeviceIsNotFound() {
		Device device = device();
		send(device, at(this.base, Map.of("temperature", 20)));
		String stranger = Tenants.fresh(this.api, unique("遥测企业")).adminToken();
		String path = "/api/v1/devices/" + device.key() + "/telemetry";
		assertThat(this.api.get(path + "/latest", stranger).status()).isEqualTo(404);
		assertThat(this.api.get(path + "/temperature?" + range(), stranger).status()).isEqualTo(404);
		assertThat(this.api.get(path + "/temperature?" + range() + "&interval=PT1M&agg=avg", stranger).status())
			.isEqualTo(404);
		assertThat(this.api.download(path + "/temperature/export.csv", stranger).status()).isEqualTo(404);
		assertThat(this.api.get(path + "/latest", null).status()).isEqualTo(401);
		assertThat(this.api.get(path + "/latest", this.token).json()).hasSize(1);
	}

	@Test
	void viewersReadOnlyDevicesInTheirSitesAndDeadLettersNeedAnEngineer() {
		Device device = device();
		send(device, at(this.base, Map.of("temperature", 20)));
		Api.Answer site = this.api.post("/api/v1/structure/nodes", this.token,
				Map.of("level", "SITE", "code", unique("TS").toUpperCase(Locale.ROOT), "name", "遥测测试工厂"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		String viewer = user("VIEWER", List.of());
		String elsewhere = user("VIEWER", List.of(site.json().get("id").asString()));
		String path = "/api/v1/devices/" + device.key() + "/telemetry";
		assertThat(this.api.get(path + "/latest", viewer).json()).hasSize(1);
		assertThat(this.api.get(path + "/latest", elsewhere).status()).isEqualTo(404);
		assertThat(this.api.get(path + "/temperature?" + range(), elsewhere).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/dead-letters", viewer).status()).isEqualTo(403);
	}

	String user(String role, List<String> sites) {
		String username = unique(role.toLowerCase(Locale.ROOT));
		Api.Answer created = this.api.post("/api/v1/users", this.token, Map.of("username", username, "displayName",
				"测试 " + role, "temporaryPassword", "Temporary-Pass-1", "roles", List.of(role), "sites", sites));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(this.api
			.post("/api/v1/auth/password", null,
					Map.of("username", username, "password", "Temporary-Pass-1", "newPassword", "Telemetry-Pass-2"))
			.status()).isEqualTo(204);
		return this.api.token(username, "Telemetry-Pass-2");
	}

	@Test
	void retentionDeletesMeasurementsOlderThanTheRetention() {
		Device device = device();
		JsonNode me = this.api.get("/api/v1/auth/me", this.token).json();
		TenantId tenant = TenantId.of(UUID.fromString(me.get("tenantId").asString()));
		UUID id = UUID.fromString(device.id());
		Instant old = Instant.now().minus(400, ChronoUnit.DAYS);
		Instant recent = Instant.now().minus(1, ChronoUnit.DAYS);
		assertThat(this.store.append(List.of(Measurement.number(tenant, id, "temperature", old, 1, Quality.GOOD),
				Measurement.number(tenant, id, "temperature", recent, 2, Quality.GOOD))))
			.isEqualTo(2);
		assertThat(this.retention.purge()).isGreaterThanOrEqualTo(1);
		Instant from = old.minus(1, ChronoUnit.DAYS);
		assertThat(this.store.count(tenant, id, "temperature", from, recent.minus(1, ChronoUnit.HOURS))).isZero();
		assertThat(this.store.count(tenant, id, "temperature", from, Instant.now())).isEqualTo(1);
	}

	double rejected(String reason) {
		Counter counter = this.meters.find("kaiwu.telemetry.rejected")
			.tags("connector", "http", "reason", reason)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
