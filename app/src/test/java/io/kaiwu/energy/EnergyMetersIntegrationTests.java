package io.kaiwu.energy;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meters over HTTP and SQL: physical meters on a device's counter, a virtual meter made
 * of them, the metering tree, and every kind of bad meter refused with its field and
 * reason.
 */
@KaiwuIntegrationTest
class EnergyMetersIntegrationTests {

	static final String METERS = "/api/v1/energy/meters";

	@LocalServerPort
	int port;

	Api api;

	String token;

	String suffix;

	String site;

	String device;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.token = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		this.suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		Api.Answer node = this.api.post("/api/v1/structure/nodes", this.token, Map.of("level", "SITE", "code",
				"EN-" + this.suffix, "name", "能源站 " + this.suffix, "timeZone", "Asia/Shanghai"));
		assertThat(node.status()).as(node.body()).isEqualTo(201);
		this.site = node.json().get("id").asString();
		Api.Answer type = this.api.post("/api/v1/device-types", this.token,
				Map.of("code", "PM-" + this.suffix, "nameZh", "多功能电能表", "properties",
						List.of(Map.of("identifier", "energyKwh", "nameZh", "累计电能", "dataType", "DOUBLE", "unit", "kWh",
								"precision", 2),
								Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
										List.of("ok", "fault")))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		Api.Answer meterDevice = this.api.post("/api/v1/devices", this.token,
				Map.of("key", "pm-" + this.suffix.toLowerCase(Locale.ROOT), "name", "总进线电能表", "typeId",
						type.json().get("id").asString(), "nodeId", this.site));
		assertThat(meterDevice.status()).as(meterDevice.body()).isEqualTo(201);
		this.device = meterDevice.json().get("id").asString();
	}

	@Test
	void physicalMetersOnACounterAndAVirtualMeterMadeOfThemAreCreatedAndListed() {
		Api.Answer incomer = create(Map.of("code", code("INCOMER"), "name", "总进线", "kind", "ELECTRICITY", "unit", "kWh",
				"nodeId", this.site, "deviceId", this.device, "counterProperty", "energyKwh", "counterMaximum",
				99999999, "resetBelow", 10));
		assertThat(incomer.status()).as(incomer.body()).isEqualTo(201);
		String incomerId = incomer.json().get("id").asString();
		assertThat(incomer.json().get("readingPeriodMinutes").asInt()).isEqualTo(15);
		assertThat(incomer.json().get("counterMaximum").decimalValue()).isEqualByComparingTo("99999999");
		Api.Answer office = create(Map.of("code", code("OFFICE"), "name", "办公楼", "kind", "electricity", "unit", "kWh",
				"nodeId", this.site, "parentId", incomerId, "readingPeriodMinutes", 60));
		assertThat(office.status()).as(office.body()).isEqualTo(201);
		assertThat(office.json().get("parentId").asString()).isEqualTo(incomerId);

		Api.Answer workshop = create(Map.of("code", code("WORKSHOP"), "name", "车间 = 总进线 − 办公楼", "kind", "ELECTRICITY",
				"unit", "kWh", "nodeId", this.site, "terms",
				List.of(Map.of("meterCode", code("INCOMER")), Map.of("meterCode", code("OFFICE"), "subtract", true))));
		assertThat(workshop.status()).as(workshop.body()).isEqualTo(201);
		assertThat(workshop.json().get("virtual").asBoolean()).isTrue();
		assertThat(workshop.json().get("deviceId").isNull()).isTrue();

		JsonNode listed = this.api.get(METERS, this.token).json();
		JsonNode virtual = find(listed, code("WORKSHOP"));
		assertThat(virtual.get("terms")).hasSize(2);
		assertThat(virtual.get("terms").get(0).get("meterCode").asString()).isEqualTo(code("INCOMER"));
		assertThat(virtual.get("terms").get(0).get("subtract").asBoolean()).isFalse();
		assertThat(virtual.get("terms").get(1).get("meterCode").asString()).isEqualTo(code("OFFICE"));
		assertThat(virtual.get("terms").get(1).get("subtract").asBoolean()).isTrue();
		assertThat(find(listed, code("INCOMER")).get("counterProperty").asString()).isEqualTo("energyKwh");
		assertThat(this.api.get(METERS + "/" + incomerId, this.token).json().get("unit").asString()).isEqualTo("kWh");

		String audit = this.api.get("/api/v1/audit?entityType=energy-meter&size=500", this.token).body();
		assertThat(audit).contains(incomerId).contains(code("WORKSHOP"));
		Api.Answer deleteSite = this.api.delete("/api/v1/structure/nodes/" + this.site, this.token);
		assertThat(deleteSite.status()).isEqualTo(409);
		assertThat(deleteSite.body()).contains(code("INCOMER"));
	}

	@Test
	void badMetersAreRefusedNamingEachFieldAndTheReason() {
		Api.Answer gas = create(
				Map.of("code", code("GAS"), "name", "锅炉燃气", "kind", "NATURAL_GAS", "unit", "Nm3", "nodeId", this.site));
		assertThat(gas.status()).as(gas.body()).isEqualTo(201);

		Map<String, Object> wrong = new HashMap<>(
				Map.of("code", code("GAS"), "name", " ", "kind", "ELECTRICITY", "unit", "m3", "nodeId",
						java.util.UUID.randomUUID().toString(), "parentId", gas.json().get("id").asString(), "deviceId",
						this.device, "counterProperty", "state", "readingPeriodMinutes", 0));
		Api.Answer refused = create(wrong);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fields(refused)).containsExactlyInAnyOrder("code", "name", "unit", "nodeId", "parentId",
				"counterProperty", "readingPeriodMinutes");
		assertThat(message(refused, "unit")).contains("kWh, MWh");
		assertThat(message(refused, "counterProperty")).contains("energyKwh").doesNotContain("state,");
		assertThat(message(refused, "code")).contains(code("GAS"));

		Api.Answer self = create(virtual("SELF", List.of(Map.of("meterCode", code("SELF")))));
		assertThat(fields(self)).containsExactly("terms");
		assertThat(message(self, "terms")).contains(code("SELF"));
		Api.Answer otherKind = create(virtual("MIX", List.of(Map.of("meterCode", code("GAS")))));
		assertThat(fields(otherKind)).containsExactly("terms");
		assertThat(message(otherKind, "terms")).contains(code("GAS"));
		Api.Answer unknown = create(virtual("LOST", List.of(Map.of("meterCode", code("NOWHERE")))));
		assertThat(message(unknown, "terms")).contains(code("NOWHERE"));

		Map<String, Object> withDevice = virtual("DEV", List.of(Map.of("meterCode", code("GAS"))));
		withDevice.put("kind", "NATURAL_GAS");
		withDevice.put("unit", "Nm3");
		withDevice.put("deviceId", this.device);
		assertThat(fields(create(withDevice))).containsExactly("deviceId");

		assertThat(this.api.get(METERS, this.token).body()).doesNotContain(code("SELF"), code("MIX"), code("LOST"),
				code("DEV"));
	}

	private Map<String, Object> virtual(String name, List<Map<String, Object>> terms) {
		return new HashMap<>(Map.of("code", code(name), "name", "虚拟表", "kind", "ELECTRICITY", "unit", "kWh", "nodeId",
				this.site, "terms", terms));
	}

	private Api.Answer create(Map<String, Object> body) {
		return this.api.post(METERS, this.token, body);
	}

	private String code(String name) {
		return name + "-" + this.suffix;
	}

	private static JsonNode find(JsonNode meters, String code) {
		for (JsonNode meter : meters) {
			if (meter.get("code").asString().equals(code)) {
				return meter;
			}
		}
		throw new AssertionError("no meter " + code + " in " + meters);
	}

	private static Set<String> fields(Api.Answer problem) {
		assertThat(problem.status()).as(problem.body()).isEqualTo(400);
		return Set.copyOf(problem.json().get("errors").findValuesAsString("field"));
	}

	private static String message(Api.Answer problem, String field) {
		for (JsonNode error : problem.json().get("errors")) {
			if (error.get("field").asString().equals(field)) {
				return error.get("message").asString();
			}
		}
		throw new AssertionError("no error for " + field + " in " + problem.body());
	}

}
