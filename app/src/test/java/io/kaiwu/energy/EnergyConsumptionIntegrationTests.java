package io.kaiwu.energy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Counter readings posted over the device HTTP ingest path become hourly consumption,
 * read back by hour and by day with kWh, tce, CO₂ and the cost under the site's
 * Guangdong-style tariff, and a gap in the readings shown as missing hours.
 */
@KaiwuIntegrationTest
class EnergyConsumptionIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * 00:00 at the site two days ago (within the ingest's back-fill window), outside July
	 * to September: 谷 00–08, 平 08–10.
	 */
	static final OffsetDateTime MIDNIGHT = LocalDate.now(SITE_ZONE)
		.minusDays(2)
		.atStartOfDay(SITE_ZONE)
		.toOffsetDateTime();

	@LocalServerPort
	int port;

	Api api;

	String token;

	String suffix;

	String site;

	String deviceKey;

	String deviceSecret;

	String meter;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.token = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		this.suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		Api.Answer node = this.api.post("/api/v1/structure/nodes", this.token, Map.of("level", "SITE", "code",
				"EC-" + this.suffix, "name", "能耗厂区 " + this.suffix, "timeZone", "Asia/Shanghai"));
		assertThat(node.status()).as(node.body()).isEqualTo(201);
		this.site = node.json().get("id").asString();
		Api.Answer type = this.api.post("/api/v1/device-types", this.token,
				Map.of("code", "EPM-" + this.suffix, "nameZh", "电能表", "properties", List.of(Map.of("identifier",
						"energyKwh", "nameZh", "累计电能", "dataType", "DOUBLE", "unit", "kWh", "precision", 2))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		this.deviceKey = "epm-" + this.suffix.toLowerCase(Locale.ROOT);
		Api.Answer device = this.api.post("/api/v1/devices", this.token, Map.of("key", this.deviceKey, "name", "进线电能表",
				"typeId", type.json().get("id").asString(), "nodeId", this.site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		this.deviceSecret = device.json().get("secret").asString();
		Api.Answer meter = this.api.post("/api/v1/energy/meters", this.token,
				Map.of("code", "EC-" + this.suffix, "name", "进线", "kind", "ELECTRICITY", "unit", "kWh", "nodeId",
						this.site, "deviceId", device.json().get("id").asString(), "counterProperty", "energyKwh",
						"counterMaximum", 99999999, "readingPeriodMinutes", 15));
		assertThat(meter.status()).as(meter.body()).isEqualTo(201);
		this.meter = meter.json().get("id").asString();
		Api.Answer tariff = this.api.post("/api/v1/energy/tariffs", this.token, guangdong("GD-" + this.suffix));
		assertThat(tariff.status()).as(tariff.body()).isEqualTo(201);
		Api.Answer assigned = this.api.put(
				"/api/v1/energy/tariffs/" + tariff.json().get("id").asString() + "/sites/" + this.site, this.token,
				Map.of());
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);
	}

	@Test
	void counterReadingsBecomeHoursAndDaysWithTceCo2AndCostAndTheGapStaysMissing() {
		// 25 kWh every 15 minutes from 00:00 to 10:00, none between 02:00 and 03:30
		List<Map<String, Object>> readings = new ArrayList<>();
		for (int quarter = 0; quarter <= 40; quarter++) {
			if (quarter > 8 && quarter < 14) {
				continue;
			}
			readings.add(reading(MIDNIGHT.plusMinutes(15L * quarter).toInstant(), 1000 + 25 * quarter));
		}
		ingest(readings);

		JsonNode hourly = awaitHour(9);
		JsonNode hours = hourly.get("series").get(0).get("buckets");
		assertThat(hours).hasSize(10);
		for (int hour : List.of(0, 1, 4, 5, 6, 7, 8, 9)) {
			assertThat(hours.get(hour).get("quantity").decimalValue()).as("hour %d", hour).isEqualByComparingTo("100");
			assertThat(hours.get(hour).get("complete").asBoolean()).isTrue();
		}
		for (int hour : List.of(2, 3)) {
			assertThat(hours.get(hour).get("quantity").isNull()).as("hour %d", hour).isTrue();
			assertThat(hours.get(hour).get("missingHours").asInt()).isEqualTo(1);
			assertThat(hours.get(hour).get("complete").asBoolean()).isFalse();
		}
		// 00:00–01:00 is 谷 at 0.228 CNY/kWh, 08:00–09:00 平 at 0.6
		assertThat(hours.get(0).get("cost").decimalValue()).isEqualByComparingTo("22.80");
		assertThat(hours.get(0).get("kWhByPeriod").get("VALLEY").decimalValue()).isEqualByComparingTo("100");
		assertThat(hours.get(8).get("cost").decimalValue()).isEqualByComparingTo("60.00");

		JsonNode daily = consumption("meterId=" + this.meter + "&" + dayQuery() + "&granularity=DAY");
		JsonNode series = daily.get("series").get(0);
		assertThat(series.get("tariff").asString()).isEqualTo("GD-" + this.suffix);
		assertThat(series.get("coalCoefficient").asString()).isEqualTo("electricity");
		assertThat(series.get("emissionFactor").asString()).isEqualTo("grid-national-2023");
		JsonNode day = series.get("buckets").get(0);
		assertThat(series.get("buckets")).hasSize(1);
		assertThat(OffsetDateTime.parse(day.get("start").asString())).isEqualTo(MIDNIGHT);
		assertThat(day.get("hours").asInt()).isEqualTo(24);
		// 02:xx and 03:xx in the gap, 10:00–24:00 not read yet: 16 hours not known
		assertThat(day.get("missingHours").asInt()).isEqualTo(16);
		assertThat(day.get("complete").asBoolean()).isFalse();
		assertThat(day.get("quantity").decimalValue()).isEqualByComparingTo("800");
		// GB/T 2589: 0.1229 kgce/kWh → 800 kWh = 98.32 kgce
		assertThat(day.get("tce").decimalValue()).isEqualByComparingTo("0.098320");
		// MEE/NBS 2023 national grid factor 0.5306 tCO2/MWh → 0.8 MWh = 0.42448 t
		assertThat(day.get("tonnesCo2").decimalValue()).isEqualByComparingTo("0.424480");
		// 谷 600 kWh × 0.228 + 平 200 kWh × 0.6
		assertThat(day.get("costByPeriod").get("VALLEY").decimalValue()).isEqualByComparingTo("136.80");
		assertThat(day.get("costByPeriod").get("FLAT").decimalValue()).isEqualByComparingTo("120.00");
		assertThat(day.get("cost").decimalValue()).isEqualByComparingTo("256.80");

		JsonNode node = consumption("nodeId=" + this.site + "&" + dayQuery() + "&granularity=DAY");
		assertThat(node.get("series").get(0).get("buckets").get(0).get("quantity").decimalValue())
			.isEqualByComparingTo("800");
	}

	@Test
	void aReadingGoingBackwardsIsFlaggedNotCountedAndPostingAgainChangesNothing() {
		List<Map<String, Object>> readings = new ArrayList<>();
		for (int quarter = 0; quarter <= 8; quarter++) {
			readings.add(reading(MIDNIGHT.plusMinutes(15L * quarter).toInstant(), 5000 + 10 * quarter));
		}
		// 00:20 reads 4990: lower than 5010 without a reset
		readings.add(reading(MIDNIGHT.plusMinutes(20).toInstant(), 4990));
		ingest(readings);
		JsonNode hours = awaitHour(1).get("series").get(0).get("buckets");
		assertThat(hours.get(0).get("quantity").decimalValue()).isEqualByComparingTo("40");
		assertThat(hours.get(1).get("quantity").decimalValue()).isEqualByComparingTo("40");
		assertThat(hours.get(0).get("flagged").get(0).asString()).contains("WENT_BACKWARDS", "4990", "5010");
		assertThat(hours.get(1).get("flagged")).isEmpty();

		ingest(readings);
		JsonNode again = consumption(hourQuery()).get("series").get(0).get("buckets");
		assertThat(again.get(0).get("quantity").decimalValue()).isEqualByComparingTo("40");
	}

	@Test
	void readingsArrivingBatchByBatchCompleteEachHourOnceItsEndIsRead() {
		// a gateway sends a quarter-hourly counter in time order, one batch per hour
		for (int hour = 0; hour < 3; hour++) {
			List<Map<String, Object>> batch = new ArrayList<>();
			for (int quarter = 4 * hour; quarter < 4 * hour + 4; quarter++) {
				batch.add(reading(MIDNIGHT.plusMinutes(15L * quarter).toInstant(), 2000 + 30 * quarter));
			}
			ingest(batch);
		}
		JsonNode hours = awaitHour(1).get("series").get(0).get("buckets");
		// 00:00–01:00 needs the 01:00 reading of the second batch: 4 × 30 kWh
		assertThat(hours.get(0).get("quantity").decimalValue()).isEqualByComparingTo("120");
		assertThat(hours.get(1).get("quantity").decimalValue()).isEqualByComparingTo("120");
		// the last reading is 02:45: 02:00–03:00 is not complete yet
		assertThat(hours.get(2).get("quantity").isNull()).isTrue();
	}

	@Test
	void aQueryWithoutMeterOrNodeOrWithABadGranularityIsRefusedSayingWhy() {
		Api.Answer neither = this.api.get("/api/v1/energy/consumption?from=2026-05-12&to=2026-05-13", this.token);
		assertThat(neither.status()).isEqualTo(400);
		assertThat(neither.body()).contains("meterId");
		Api.Answer weekly = this.api.get(
				"/api/v1/energy/consumption?meterId=" + this.meter + "&" + dayQuery() + "&granularity=WEEK",
				this.token);
		assertThat(weekly.status()).isEqualTo(400);
		assertThat(weekly.body()).contains("granularity").contains("WEEK");
	}

	private String hourQuery() {
		return "meterId=" + this.meter + "&from=" + URLEncoder.encode(MIDNIGHT.toString(), StandardCharsets.UTF_8)
				+ "&to=" + URLEncoder.encode(MIDNIGHT.plusHours(10).toString(), StandardCharsets.UTF_8);
	}

	private static String dayQuery() {
		LocalDate day = MIDNIGHT.toLocalDate();
		return "from=" + day + "&to=" + day.plusDays(1);
	}

	/** Polls until the hour (0–9 after midnight) is worked out, for 30 s at most. */
	private JsonNode awaitHour(int hour) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !consumption(hourQuery()).get("series")
				.get(0)
				.get("buckets")
				.get(hour)
				.get("quantity")
				.isNull());
		return consumption(hourQuery());
	}

	private JsonNode consumption(String query) {
		Api.Answer answer = this.api.get("/api/v1/energy/consumption?" + query, this.token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static Map<String, Object> reading(Instant ts, double kWh) {
		return Map.of("ts", ts.toString(), "values", Map.of("energyKwh", kWh));
	}

	private void ingest(List<Map<String, Object>> readings) {
		Api.Answer ingested = this.api.postBasic("/api/v1/devices/" + this.deviceKey + "/telemetry", this.deviceKey,
				this.deviceSecret, "application/json",
				JSON.writeValueAsString(readings).getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
	}

	/** The Guangdong 2021 schedule on a made-up flat price of 0.6 CNY/kWh. */
	static Map<String, Object> guangdong(String code) {
		return Map.of("code", code, "name", "广东 一般工商业 峰谷分时电价", "validFrom", "2021-10-01", "source",
				"广东省发改委《关于进一步完善我省峰谷分时电价政策有关问题的通知》", "prices",
				Map.of("SHARP_PEAK", 1.275, "PEAK", 1.02, "FLAT", 0.6, "VALLEY", 0.228), "seasons", List.of(
						Map.of("name", "7–9月", "months", List.of(7, 8, 9), "bands",
								List.of(band("VALLEY", "00:00", "08:00"), band("FLAT", "08:00", "10:00"),
										band("PEAK", "10:00", "11:00"), band("SHARP_PEAK", "11:00", "12:00"),
										band("FLAT", "12:00", "14:00"), band("PEAK", "14:00", "15:00"),
										band("SHARP_PEAK", "15:00", "17:00"), band("PEAK", "17:00", "19:00"),
										band("FLAT", "19:00", "24:00"))),
						Map.of("name", "其他月份", "months", List.of(1, 2, 3, 4, 5, 6, 10, 11, 12), "bands",
								List.of(band("VALLEY", "00:00", "08:00"), band("FLAT", "08:00", "10:00"),
										band("PEAK", "10:00", "12:00"), band("FLAT", "12:00", "14:00"),
										band("PEAK", "14:00", "19:00"), band("FLAT", "19:00", "24:00")))));
	}

	private static Map<String, Object> band(String period, String from, String to) {
		return Map.of("period", period, "from", from, "to", to);
	}

}
