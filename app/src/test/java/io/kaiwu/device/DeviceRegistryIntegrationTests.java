package io.kaiwu.device;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.device.DeviceFixtures.createDevice;
import static io.kaiwu.device.DeviceFixtures.createSite;
import static io.kaiwu.device.DeviceFixtures.createType;
import static io.kaiwu.device.DeviceFixtures.demoToken;
import static io.kaiwu.device.DeviceFixtures.fields;
import static io.kaiwu.device.DeviceFixtures.nodeId;
import static io.kaiwu.device.DeviceFixtures.unique;
import static io.kaiwu.device.DeviceFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Devices over the REST API and through {@link DeviceRegistry}: secrets, platform-unique
 * keys, online state, structure references, site limits and the CSV import.
 */
@KaiwuIntegrationTest
class DeviceRegistryIntegrationTests {

	@LocalServerPort
	int port;

	final DeviceRegistry registry;

	Api api;

	String demo;

	String type;

	DeviceRegistryIntegrationTests(@Autowired DeviceRegistry registry) {
		this.registry = registry;
	}

	@BeforeEach
	void client() {
		this.api = new Api(this.port);
		this.demo = demoToken(this.api);
		this.type = createType(this.api, this.demo, unique("REG"));
	}

	@Test
	void theSecretIsShownOnceAndRotationStopsTheOldOne() {
		String key = unique("sec");
		Api.Answer created = createDevice(this.api, this.demo, key, this.type,
				nodeId(this.api, this.demo, "SZ-MC-L2-01"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		String secret = created.json().get("secret").asString();
		assertThat(secret).hasSize(43);
		assertThat(this.api.get("/api/v1/devices/" + id, this.demo).body()).doesNotContain(secret)
			.doesNotContain("\"secret\"");
		DeviceCredentials credentials = this.registry.authenticate(key, secret).orElseThrow();
		assertThat(credentials.deviceId()).isEqualTo(UUID.fromString(id));
		assertThat(credentials.tenant().toString())
			.isEqualTo(this.api.get("/api/v1/auth/me", this.demo).json().get("tenantId").asString());
		assertThat(this.registry.authenticate(key, secret + "x")).isEmpty();
		assertThat(this.registry.authenticate(unique("nobody"), secret)).isEmpty();

		Api.Answer rotated = this.api.post("/api/v1/devices/" + id + "/secret", this.demo, null);
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		String fresh = rotated.json().get("secret").asString();
		assertThat(fresh).isNotEqualTo(secret);
		assertThat(this.registry.authenticate(key, secret)).as("the old secret").isEmpty();
		assertThat(this.registry.authenticate(key, fresh)).isPresent();

		String issued = this.registry.issueSecret(key).orElseThrow();
		assertThat(this.registry.authenticate(key, fresh)).isEmpty();
		assertThat(this.registry.authenticate(key, issued)).isPresent();
		assertThat(this.registry.issueSecret(unique("nobody"))).isEmpty();

		String audit = this.api.get("/api/v1/audit?entityType=device&size=500", this.demo).body();
		assertThat(audit).contains(id).doesNotContain(secret).doesNotContain(fresh).doesNotContain(issued);
	}

	@Test
	void aKeyIsUniqueOnTheWholePlatform() {
		String key = unique("uniq");
		assertThat(createDevice(this.api, this.demo, key, this.type, nodeId(this.api, this.demo, "SZ")).status())
			.isEqualTo(201);
		Tenants.FreshTenant other = Tenants.fresh(this.api, "设备标识测试 " + System.nanoTime());
		String otherType = createType(this.api, other.adminToken(), unique("OT"));
		String otherSite = createSite(this.api, other.adminToken(), unique("S").toUpperCase(java.util.Locale.ROOT));
		Api.Answer taken = createDevice(this.api, other.adminToken(), key, otherType, otherSite);
		assertThat(taken.status()).isEqualTo(400);
		assertThat(fields(taken)).containsExactly("key");
		assertThat(taken.json().get("errors").get(0).get("message").asString()).contains(key);
		assertThat(createDevice(this.api, other.adminToken(), key + "-b", otherType, otherSite).status())
			.isEqualTo(201);
	}

	@Test
	void namesEachBadFieldOfADevice() {
		Api.Answer missing = this.api.post("/api/v1/devices", this.demo, Map.of("key", "bad key/1", "name", ""));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing)).containsExactlyInAnyOrder("key", "name", "typeId", "nodeId");
		Api.Answer unknown = createDevice(this.api, this.demo, unique("unk"), UUID.randomUUID().toString(),
				UUID.randomUUID().toString());
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactlyInAnyOrder("typeId", "nodeId");
		Api.Answer malformed = this.api.get("/api/v1/devices/not-a-uuid", this.demo);
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(fields(malformed)).containsExactly("id");
	}

	@Test
	void updatesMovesAndDeletesADevice() {
		String key = unique("upd");
		String id = createDevice(this.api, this.demo, key, this.type, nodeId(this.api, this.demo, "SZ-IM-L2-01")).json()
			.get("id")
			.asString();
		String line = nodeId(this.api, this.demo, "SZ-IM-L2");
		Api.Answer updated = this.api.put("/api/v1/devices/" + id, this.demo,
				Map.of("name", "搬到产线", "description", "备用", "typeId", this.type, "nodeId", line));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("key").asString()).isEqualTo(key);
		assertThat(updated.json().get("nodePath").asString()).isEqualTo("SZ/SZ-IM/SZ-IM-L2");
		assertThat(this.api.get("/api/v1/devices?nodeId=" + line + "&q=" + key, this.demo).json().get("total").asLong())
			.isEqualTo(1);
		assertThat(this.api.delete("/api/v1/devices/" + id, this.demo).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/devices/" + id, this.demo).status()).isEqualTo(404);
		assertThat(this.registry.findByKey(key)).isEmpty();
	}

	@Test
	void aNodeWithDevicesCannotBeDeleted() {
		String line = nodeId(this.api, this.demo, "SZ-MC-L1");
		Api.Answer unit = this.api.post("/api/v1/structure/nodes", this.demo,
				Map.of("parentId", line, "level", "WORK_UNIT", "code", unique("WU"), "name", "临时工位"));
		String unitId = unit.json().get("id").asString();
		String deviceId = createDevice(this.api, this.demo, unique("node"), this.type, unitId).json()
			.get("id")
			.asString();
		Api.Answer refused = this.api.delete("/api/v1/structure/nodes/" + unitId, this.demo);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("1");
		this.api.delete("/api/v1/devices/" + deviceId, this.demo);
		assertThat(this.api.delete("/api/v1/structure/nodes/" + unitId, this.demo).status()).isEqualTo(204);
	}

	@Test
	void markSeenAndOfflineChangeTheOnlineStateAndLastSeenTime() {
		String key = unique("seen");
		String id = createDevice(this.api, this.demo, key, this.type, nodeId(this.api, this.demo, "SZ-MC-L1-01")).json()
			.get("id")
			.asString();
		Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		assertThat(this.registry.markSeen(key, at)).isTrue();
		assertThat(this.registry.markSeen(key, at.minusSeconds(60))).isTrue();
		JsonNode online = this.api.get("/api/v1/devices/" + id, this.demo).json();
		assertThat(online.get("online").asBoolean()).isTrue();
		assertThat(Instant.parse(online.get("lastSeenAt").asString())).as("never moves back").isEqualTo(at);
		assertThat(this.api.get("/api/v1/devices?online=true&q=" + key, this.demo).json().get("total").asLong())
			.isEqualTo(1);
		DeviceSummary summary = this.registry.findByKey(key).orElseThrow();
		assertThat(summary.online()).isTrue();
		assertThat(summary.properties()).extracting(PropertyDefinition::identifier)
			.containsExactly("temperature", "state");
		assertThat(summary.thingModel().property("temperature").orElseThrow().max()).isEqualByComparingTo("120");

		assertThat(this.registry.markOffline(key, at.plusSeconds(1))).isTrue();
		assertThat(this.api.get("/api/v1/devices/" + id, this.demo).json().get("online").asBoolean()).isFalse();
		assertThat(this.api.get("/api/v1/devices?online=false&q=" + key, this.demo).json().get("total").asLong())
			.isEqualTo(1);
		assertThat(this.registry.markSeen(unique("nobody"), at)).isFalse();
	}

	@Test
	void aSiteLimitedUserSeesOnlyDevicesUnderHisSites() {
		String site = createSite(this.api, this.demo, unique("NB").toUpperCase(java.util.Locale.ROOT));
		String elsewhere = createDevice(this.api, this.demo, unique("nb"), this.type, site).json().get("id").asString();
		String sz = nodeId(this.api, this.demo, "SZ");
		String limited = user(this.api, this.demo, "ENGINEER", List.of(sz));
		assertThat(this.api.get("/api/v1/devices/" + elsewhere, limited).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/devices?size=500", limited).body()).doesNotContain(elsewhere)
			.contains("demo-cnc-01");
		assertThat(this.api.get("/api/v1/devices?nodeId=" + site, limited).json().get("total").asLong()).isZero();
		assertThat(createDevice(this.api, limited, unique("nb"), this.type, site).status()).isEqualTo(400);
		assertThat(this.api.delete("/api/v1/devices/" + elsewhere, limited).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/devices/" + elsewhere, this.demo).status()).isEqualTo(200);
		this.api.delete("/api/v1/devices/" + elsewhere, this.demo);
	}

	@Test
	void importsNothingFromAFileWithABadRowUnlessAskedForTheGoodRows() {
		String code = this.api.get("/api/v1/device-types/" + this.type, this.demo).json().get("code").asString();
		String prefix = unique("imp");
		String csv = "key,name,type,node,description\n" + prefix + "-1,好的一行," + code + ",SZ-MC-L1-01,\n" + prefix
				+ "-2,未知类型,NO-SUCH-TYPE,SZ-MC-L1-01,\n" + prefix + "-1,文件内重复," + code + ",SZ-MC-L1-02,\n"
				+ "demo-cnc-01,已被使用," + code + ",SZ,\n" + "bad key,,," + "NOWHERE,\n" + prefix + "-3,好的第二行," + code
				+ ",SZ-IM,说明\n";
		Api.Answer report = this.api.upload("/api/v1/devices/import", this.demo, "devices.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.json().get("rows").asInt()).isEqualTo(6);
		assertThat(report.json().get("imported").asInt()).isZero();
		assertThat(report.json().get("devices").size()).isZero();
		assertThat(errors(report.json())).containsExactlyInAnyOrder("3:type", "4:key", "5:key", "6:key", "6:name",
				"6:type", "6:node");
		assertThat(this.api.get("/api/v1/devices?q=" + prefix, this.demo).json().get("total").asLong()).isZero();

		Api.Answer good = this.api.upload("/api/v1/devices/import?goodRowsOnly=true", this.demo, "devices.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(good.json().get("imported").asInt()).isEqualTo(2);
		assertThat(good.json().get("errors").size()).isEqualTo(7);
		JsonNode devices = good.json().get("devices");
		assertThat(devices.findValuesAsString("key")).containsExactly(prefix + "-1", prefix + "-3");
		for (JsonNode device : devices) {
			assertThat(this.registry.authenticate(device.get("key").asString(), device.get("secret").asString()))
				.isPresent();
		}
		assertThat(this.api.get("/api/v1/devices?q=" + prefix, this.demo).json().get("total").asLong()).isEqualTo(2);
	}

	private static List<String> errors(JsonNode report) {
		List<String> errors = new ArrayList<>();
		report.get("errors").forEach((e) -> errors.add(e.get("row").asInt() + ":" + e.get("column").asString()));
		return errors;
	}

}
