package io.kaiwu.energy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A site in a tenant with one power meter read every 5 minutes (register 99 999.99 kWh)
 * under the Guangdong tariff, and its readings two days ago from 00:00 to 02:00: 5 kWh
 * every 5 minutes (60 kW), 10 kWh from 00:30 to 00:45 (120 kW), from 99 900 up, so that
 * the register passes 99 999.99 at 01:25, and no readings at 01:35 and 01:40 (01:30–01:45
 * is a gap).
 *
 * @param site the site's id
 * @param meter the meter's id
 * @param meterCode the meter's code
 */
record DemandDay(String site, String meter, String meterCode) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final ZoneId SITE_ZONE = ZoneId.of("Asia/Shanghai");

	/** 00:00 at the site two days ago, within the ingest's back-fill window. */
	static final OffsetDateTime MIDNIGHT = LocalDate.now(SITE_ZONE)
		.minusDays(2)
		.atStartOfDay(SITE_ZONE)
		.toOffsetDateTime();

	static final LocalDate DAY = MIDNIGHT.toLocalDate();

	static final YearMonth MONTH = YearMonth.from(DAY);

	static final String SITE_NAME = "需量厂区";

	/**
	 * Sets the site up, posts the readings and waits until the first hour is worked out.
	 */
	static DemandDay metered(Api api, String token, String suffix) {
		Api.Answer node = api.post("/api/v1/structure/nodes", token,
				Map.of("level", "SITE", "code", "DM-" + suffix, "name", SITE_NAME, "timeZone", "Asia/Shanghai"));
		assertThat(node.status()).as(node.body()).isEqualTo(201);
		String site = node.json().get("id").asString();
		Api.Answer type = api.post("/api/v1/device-types", token,
				Map.of("code", "DPM-" + suffix, "nameZh", "电能表", "properties", List.of(Map.of("identifier", "energyKwh",
						"nameZh", "累计电能", "dataType", "DOUBLE", "unit", "kWh", "precision", 2))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		String deviceKey = "dpm-" + suffix.toLowerCase(Locale.ROOT);
		Api.Answer device = api.post("/api/v1/devices", token,
				Map.of("key", deviceKey, "name", "进线电能表", "typeId", type.json().get("id").asString(), "nodeId", site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		String meterCode = "EL-" + suffix;
		Api.Answer meter = api.post("/api/v1/energy/meters", token,
				Map.of("code", meterCode, "name", "进线", "kind", "ELECTRICITY", "unit", "kWh", "nodeId", site,
						"deviceId", device.json().get("id").asString(), "counterProperty", "energyKwh",
						"counterMaximum", 99999.99, "readingPeriodMinutes", 5));
		assertThat(meter.status()).as(meter.body()).isEqualTo(201);
		Api.Answer tariff = api.post("/api/v1/energy/tariffs", token,
				EnergyConsumptionIntegrationTests.guangdong("GD-" + suffix));
		assertThat(tariff.status()).as(tariff.body()).isEqualTo(201);
		Api.Answer assigned = api.put("/api/v1/energy/tariffs/" + tariff.json().get("id").asString() + "/sites/" + site,
				token, Map.of());
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);
		DemandDay day = new DemandDay(site, meter.json().get("id").asString(), meterCode);
		day.ingest(api, token, deviceKey, device.json().get("secret").asString());
		return day;
	}

	private void ingest(Api api, String token, String deviceKey, String deviceSecret) {
		List<Map<String, Object>> readings = new ArrayList<>();
		BigDecimal counted = BigDecimal.ZERO;
		for (int step = 0; step <= 24; step++) {
			if (step > 0) {
				counted = counted.add(BigDecimal.valueOf((step > 6 && step <= 9) ? 10 : 5));
			}
			if (step == 19 || step == 20) {
				continue;
			}
			BigDecimal value = new BigDecimal("99900").add(counted).remainder(new BigDecimal("100000"));
			readings.add(Map.of("ts", MIDNIGHT.plusMinutes(5L * step).toInstant().toString(), "values",
					Map.of("energyKwh", value.doubleValue())));
		}
		Api.Answer ingested = api.postBasic("/api/v1/devices/" + deviceKey + "/telemetry", deviceKey, deviceSecret,
				"application/json", JSON.writeValueAsString(readings).getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
		// the readings are stored, and the first hour worked out
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !json(api, token, "/api/v1/energy/demand?meterId=" + this.meter + "&date=" + DAY)
				.get("windows")
				.get(7)
				.get("kW")
				.isNull());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !json(api, token,
					"/api/v1/energy/consumption?meterId=" + this.meter + "&from=" + DAY + "&to=" + DAY.plusDays(1))
				.get("series")
				.get(0)
				.get("buckets")
				.get(0)
				.get("quantity")
				.isNull());
	}

	private static JsonNode json(Api api, String token, String path) {
		Api.Answer answer = api.get(path, token);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

}
