package io.kaiwu.energy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.equipment.ReportedOutput;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A fresh plant over real HTTP: a machine whose device reports its state, its good and
 * reject counters and its power meter's counter every 15 minutes for a whole day, and a
 * gas meter on the site; output reported (报工) for 08:00–12:00; then the machine's and the
 * site's intensity and the site's monthly carbon report, checked against figures worked
 * out by hand.
 * <ul>
 * <li>electricity: 25 kWh a quarter, 2 400 kWh in the day; gas: 5 Nm³ a quarter, 480 Nm³;
 * <li>counted parts: the first reading (00:00) is the counters' base, the 95 readings
 * from 00:15 to 23:45 add 10 good and 1 reject each: 950 good, 95 rejects (the reading at
 * 24:00 belongs to the next day);
 * <li>reported 08:00–12:00: 300 good, 4 rejects, in place of the 16 counts starting there
 * (160 good, 16 rejects); one extra count of 5 good at 20:00:30, delivered twice: good =
 * 950 − 160 + 300 + 5 = 1 095, rejects = 95 − 16 + 4 = 83;
 * <li>tce (GB/T 2589): 2 400 × 0.1229 / 1000 = 0.29496 (machine); with gas 480 × 1.2143 /
 * 1000 = 0.582864 the site's is 0.877824; kWh per good part 2 400 / 1 095 = 2.191781;
 * <li>CO₂: scope 2 = 2.4 MWh × 0.5306 = 1.27344 t (2023 national grid factor), 1.28784 t
 * with the site's choice of the 2022 factor 0.5366; scope 1 = 480 × 2.1622 / 1000 =
 * 1.037856 t.
 * </ul>
 */
@KaiwuIntegrationTest
class EnergyIntensityIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

	/** Two days ago at the site: inside telemetry's back-fill window, and over. */
	static final LocalDate DAY = LocalDate.now(SITE_ZONE).minusDays(2);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void outputIntensityAndTheCarbonReportMatchTheHandWorkedFigures() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, "能效企业" + UUID.randomUUID().toString().substring(0, 8));
		String token = tenant.adminToken();
		String suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		String site = created(api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", "IN", "name", "能效工厂", "timeZone", "Asia/Shanghai")));
		String area = created(api.post("/api/v1/structure/nodes", token,
				Map.of("level", "AREA", "code", "IN-A", "name", "机加车间", "parentId", site)));
		String cncType = created(api.post("/api/v1/device-types", token, Map.of("code", "cnc-" + suffix, "nameZh",
				"数控机床", "properties",
				List.of(Map.of("identifier", "state", "nameZh", "状态", "dataType", "STRING"),
						Map.of("identifier", "goodParts", "nameZh", "合格件", "dataType", "LONG"),
						Map.of("identifier", "rejectParts", "nameZh", "不良件", "dataType", "LONG"),
						Map.of("identifier", "energyKwh", "nameZh", "累计电能", "dataType", "DOUBLE", "unit", "kWh")))));
		String gasType = created(api.post("/api/v1/device-types", token, Map.of("code", "gas-" + suffix, "nameZh",
				"燃气表", "properties",
				List.of(Map.of("identifier", "volumeNm3", "nameZh", "标况累计量", "dataType", "DOUBLE", "unit", "Nm3")))));
		Api.Answer cnc = api.post("/api/v1/devices", token, Map.of("key", "cnc-" + suffix.toLowerCase(Locale.ROOT),
				"name", "加工中心", "typeId", cncType, "nodeId", area));
		Api.Answer gas = api.post("/api/v1/devices", token, Map.of("key", "gas-" + suffix.toLowerCase(Locale.ROOT),
				"name", "燃气表", "typeId", gasType, "nodeId", site));
		String machine = created(api.post("/api/v1/equipment", token, Map.of("code", "CNC-" + suffix, "name", "加工中心",
				"nodeId", area, "criticality", "A", "deviceId", created(cnc), "idealCycleTime", "PT30S")));
		assertThat(api.put("/api/v1/equipment/" + machine + "/signals", token,
				Map.of("stateProperty", "state", "stateKind", "BY_VALUE", "stateValues", Map.of("running", "RUNNING"),
						"otherwise", "IDLE", "goodCounter", "goodParts", "rejectCounter", "rejectParts"))
			.status()).isEqualTo(200);
		created(api.post("/api/v1/energy/meters", token,
				Map.of("code", "EL-CNC", "name", "加工中心电表", "kind", "ELECTRICITY", "unit", "kWh", "nodeId", area,
						"deviceId", created(cnc), "counterProperty", "energyKwh", "readingPeriodMinutes", 15)));
		created(api.post("/api/v1/energy/meters", token,
				Map.of("code", "GAS-IN", "name", "燃气总表", "kind", "NATURAL_GAS", "unit", "Nm3", "nodeId", site,
						"deviceId", created(gas), "counterProperty", "volumeNm3", "readingPeriodMinutes", 15)));

		List<Map<String, Object>> machineReadings = new ArrayList<>();
		List<Map<String, Object>> gasReadings = new ArrayList<>();
		for (int quarter = 0; quarter <= 96; quarter++) {
			Instant ts = at(quarter * 15);
			machineReadings.add(Map.of("ts", ts.toString(), "values", Map.of("state", "running", "goodParts",
					1000 + 10 * quarter, "rejectParts", 50 + quarter, "energyKwh", 5000.0 + 25 * quarter)));
			gasReadings.add(Map.of("ts", ts.toString(), "values", Map.of("volumeNm3", 800.0 + 5 * quarter)));
		}
		ingest(api, cnc, machineReadings);
		ingest(api, gas, gasReadings);

		TenantId tenantId = TenantId.of(UUID.fromString(tenant.id()));
		UUID machineId = UUID.fromString(machine);
		ReportedOutput reported = new ReportedOutput(tenantId, machineId, at(8 * 60), at(12 * 60), 300, 4);
		PartsCounted extra = new PartsCounted(tenantId, UUID.randomUUID(), machineId, at(20 * 60).plusSeconds(30),
				at(20 * 60 + 1), 5, 0);
		for (int delivery = 0; delivery < 2; delivery++) {
			this.transactions.executeWithoutResult((tx) -> {
				this.events.publishEvent(reported);
				this.events.publishEvent(extra);
			});
		}

		// the machine: the meter on its device, its own parts
		String dayQuery = "&from=" + DAY + "&to=" + DAY.plusDays(1);
		JsonNode machineDay = await().atMost(Duration.ofSeconds(60))
			.until(() -> get(api, token, "/api/v1/energy/intensity?equipmentId=" + machine + dayQuery).get("periods")
				.get(0), (p) -> p.get("goodParts").asLong() == 1095 && p.get("kWh").get("value").isNumber());
		assertThat(machineDay.get("rejectParts").asLong()).isEqualTo(83);
		assertThat(machineDay.get("reportedOutput").asBoolean()).isTrue();
		assertThat(machineDay.get("kWh").get("value").decimalValue()).isEqualByComparingTo("2400");
		assertThat(machineDay.get("tce").get("value").decimalValue()).isEqualByComparingTo("0.29496");
		assertThat(machineDay.get("kWhPerPart").get("value").decimalValue()).isEqualByComparingTo("2.191781");
		assertThat(machineDay.get("tcePerWan").get("gap").asString()).isEqualTo("OUTPUT_VALUE_PER_SITE_AND_MONTH");

		// hour by hour: 00:00 is the base (30 good), 08:00 reported, 09:00–12:00 replaced
		JsonNode hours = get(api, token, "/api/v1/energy/output?equipmentId=" + machine + dayQuery);
		assertThat(hours).hasSize(24);
		assertThat(hours.get(0).get("good").asLong()).isEqualTo(30);
		assertThat(hours.get(1).get("good").asLong()).isEqualTo(40);
		assertThat(hours.get(1).get("reject").asLong()).isEqualTo(4);
		assertThat(hours.get(8).get("good").asLong()).isEqualTo(300);
		assertThat(hours.get(8).get("reported").asBoolean()).isTrue();
		assertThat(hours.get(9).get("good").asLong()).isZero();
		assertThat(hours.get(20).get("good").asLong()).isEqualTo(45);

		// the site: electricity and gas in tce; the day before has no readings at all
		JsonNode siteDays = await().atMost(Duration.ofSeconds(60))
			.until(() -> get(api, token,
					"/api/v1/energy/intensity?nodeId=" + site + "&from=" + DAY.minusDays(1) + "&to=" + DAY.plusDays(1))
				.get("periods"), (p) -> p.get(1).get("tce").get("value").isNumber());
		// the same periods as CSV: a missing figure is an empty cell with its reason
		// beside it
		Api.Download periods = api.download("/api/v1/energy/intensity/export.csv?nodeId=" + site + "&from="
				+ DAY.minusDays(1) + "&to=" + DAY.plusDays(1), token);
		assertThat(periods.status()).isEqualTo(200);
		List<String> lines = new String(periods.bytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("\uFEFF\"subject\",\"code\",\"start\",\"end\",\"kWh\",\"kWhMissing\"");
		assertThat(lines.get(1)).contains(",,\"CONSUMPTION_INCOMPLETE");
		assertThat(lines.get(2)).contains(",0.877824");
		JsonNode before = siteDays.get(0);
		assertThat(before.get("kWh").get("value").isNull()).isTrue();
		assertThat(before.get("kWh").get("gap").asString()).isEqualTo("CONSUMPTION_INCOMPLETE");
		assertThat(before.get("goodParts").asLong()).isZero();
		assertThat(before.get("kWhPerPart").get("value").isNull()).isTrue();
		JsonNode siteDay = siteDays.get(1);
		assertThat(siteDay.get("tce").get("value").decimalValue()).isEqualByComparingTo("0.877824");
		assertThat(siteDay.get("goodParts").asLong()).isEqualTo(1095);

		// output value per site and month: refused with the reason, then entered
		YearMonth month = YearMonth.from(DAY);
		String value = "/api/v1/energy/output-values/" + site + "/";
		assertRefused(api.put(value + month, token, Map.of("valueWan", "-1")), "valueWan");
		assertRefused(api.put(value + month, token, Map.of("valueWan", "20000000")), "10000000");
		assertRefused(api.put(value + "2026-13", token, Map.of("valueWan", "10")), "2026-13");
		assertRefused(api.put("/api/v1/energy/output-values/" + area + "/" + month, token, Map.of("valueWan", "10")),
				"机加车间");
		assertThat(api.put(value + month, token, Map.of("valueWan", "100")).status()).isEqualTo(200);
		assertThat(api.put(value + month, token, Map.of("valueWan", "120.5")).status()).isEqualTo(200);
		JsonNode values = get(api, token, "/api/v1/energy/output-values?siteId=" + site);
		assertThat(values).hasSize(1);
		assertThat(values.get(0).get("valueWan").decimalValue()).isEqualByComparingTo("120.5");
		assertThat(new String(api.download("/api/v1/energy/output-values/export.csv?siteId=" + site, token).bytes(),
				java.nio.charset.StandardCharsets.UTF_8))
			.contains("\"" + month + "\",120.5");
		JsonNode monthly = get(api, token, "/api/v1/energy/intensity?nodeId=" + site + "&granularity=MONTH&from="
				+ month.atDay(1) + "&to=" + month.plusMonths(1).atDay(1))
			.get("periods")
			.get(0);
		assertThat(monthly.get("outputValueWan").get("value").decimalValue()).isEqualByComparingTo("120.5");
		// the rest of the month has no readings: missing, not divided
		assertThat(monthly.get("tcePerWan").get("gap").asString()).isEqualTo("CONSUMPTION_INCOMPLETE");

		// carbon: the published defaults, then the site's own grid factor
		String report = "/api/v1/energy/carbon/reports?siteId=" + site + "&month=" + month;
		JsonNode carbon = get(api, token, report);
		assertThat(carbon.get("scope2").decimalValue()).isEqualByComparingTo("1.27344");
		assertThat(carbon.get("scope1").decimalValue()).isEqualByComparingTo("1.037856");
		assertThat(carbon.get("total").decimalValue()).isEqualByComparingTo("2.311296");
		assertThat(carbon.get("goodParts").asLong()).isEqualTo(1095);
		assertThat(carbon.get("complete").asBoolean()).isFalse();
		assertThat(carbon.get("tonnesPerPart").get("gap").asString()).isEqualTo("CONSUMPTION_INCOMPLETE");
		JsonNode electricity = line(carbon, "ELECTRICITY");
		assertThat(electricity.get("factorCode").asString()).isEqualTo("grid-national-2023");
		assertThat(electricity.get("factorYear").asInt()).isEqualTo(2023);
		assertThat(electricity.get("scope").asString()).isEqualTo("SCOPE_2");
		assertThat(line(carbon, "NATURAL_GAS").get("scope").asString()).isEqualTo("SCOPE_1");

		assertRefused(api.get("/api/v1/energy/carbon/reports?siteId=" + site + "&month=2026-13", token), "2026-13");
		assertRefused(api.get("/api/v1/energy/carbon/reports?siteId=" + area + "&month=" + month, token), "机加车间");

		String factors = "/api/v1/energy/carbon/sites/" + site + "/factors/";
		assertRefused(api.put(factors + "ELECTRICITY", token, Map.of("factorCode", "natural-gas")), "natural-gas");
		assertRefused(api.put(factors + "WATER", token, Map.of("factorCode", "natural-gas")), "WATER");
		// a factor per GJ for steam counted in tonnes: the unit does not fit
		assertRefused(api.put(factors + "STEAM", token, Map.of("factorCode", "purchased-heat")), "tCO2/GJ");
		assertRefused(api.put(factors + "ELECTRICITY", token, Map.of("factorCode", "no-such-factor")),
				"no-such-factor");
		// a factor without a unit is refused where factors are added
		assertRefused(api.post("/api/v1/energy/emission-factors", token, Map.of("code", "grid-own", "name", "自定义",
				"value", 0.5, "kind", "ELECTRICITY", "scope", "SCOPE_2", "source", "测试")), "unit");
		Api.Answer chosen = api.put(factors + "ELECTRICITY", token, Map.of("factorCode", "grid-national-2022"));
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(chosen.json().get("dataYear").asInt()).isEqualTo(2022);
		assertThat(get(api, token, report).get("scope2").decimalValue()).isEqualByComparingTo("1.28784");

		Api.Answer csv = api.get("/api/v1/energy/carbon/reports/export.csv?siteId=" + site + "&month=" + month, token);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).contains("SCOPE_2", "1.287840", "grid-national-2022", "GOOD_PARTS", "1095");

		// a second machine alone on its work unit with a power meter of its own device
		// takes that meter; a third beside it, without a meter, has none
		String unit = created(api.post("/api/v1/structure/nodes", token,
				Map.of("level", "AREA", "code", "IN-B", "name", "注塑单元", "parentId", site)));
		Api.Answer pm = api.post("/api/v1/devices", token, Map.of("key", "pm-" + suffix.toLowerCase(Locale.ROOT),
				"name", "注塑机电表", "typeId", cncType, "nodeId", unit));
		String imm = created(api.post("/api/v1/equipment", token,
				Map.of("code", "IMM-" + suffix, "name", "注塑机", "nodeId", unit, "criticality", "B")));
		created(api.post("/api/v1/energy/meters", token,
				Map.of("code", "EL-IMM", "name", "注塑机电表", "kind", "ELECTRICITY", "unit", "kWh", "nodeId", unit,
						"deviceId", created(pm), "counterProperty", "energyKwh", "readingPeriodMinutes", 15)));
		JsonNode alone = get(api, token, "/api/v1/energy/intensity?equipmentId=" + imm + dayQuery);
		assertThat(alone.get("meters").get(0).asString()).isEqualTo("EL-IMM");
		assertThat(alone.get("periods").get(0).get("kWh").get("gap").asString()).isEqualTo("CONSUMPTION_INCOMPLETE");
		String beside = created(api.post("/api/v1/equipment", token,
				Map.of("code", "IMM2-" + suffix, "name", "注塑机二号", "nodeId", unit, "criticality", "C")));
		JsonNode shared = get(api, token, "/api/v1/energy/intensity?equipmentId=" + beside + dayQuery);
		assertThat(shared.get("meters")).isEmpty();
		assertThat(shared.get("periods").get(0).get("kWh").get("gap").asString()).isEqualTo("NO_METER");
	}

	private static Instant at(int minutesAfterMidnight) {
		return DAY.atStartOfDay(SITE_ZONE).plusMinutes(minutesAfterMidnight).toInstant();
	}

	private static JsonNode line(JsonNode carbon, String kind) {
		for (JsonNode line : carbon.get("lines")) {
			if (line.get("kind").asString().equals(kind)) {
				return line;
			}
		}
		throw new AssertionError(kind + " not in " + carbon);
	}

	private static void assertRefused(Api.Answer answer, String mentioned) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.body()).contains(mentioned);
	}

	private static JsonNode get(Api api, String token, String path) {
		Api.Answer answer = api.get(path, token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static String created(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	private static void ingest(Api api, Api.Answer device, List<Map<String, Object>> readings) {
		String key = device.json().get("key").asString();
		Api.Answer ingested = api.postBasic("/api/v1/devices/" + key + "/telemetry", key,
				device.json().get("secret").asString(), "application/json",
				JSON.writeValueAsString(readings).getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
	}

}
