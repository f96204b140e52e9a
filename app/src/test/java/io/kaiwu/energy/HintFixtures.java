package io.kaiwu.energy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh tenant with one site in Shanghai priced under a tariff with the Guangdong
 * summer hours all year round (谷 00–08 0.228, 平 08–10 12–14 19–24 0.6, 峰 10–11 14–15
 * 17–19 1.02, 尖 11–12 15–17 1.275 CNY/kWh), and the steps to add devices, machines and
 * meters to it and post readings.
 */
final class HintFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** Midnight at the site two days ago: inside telemetry's back-fill week. */
	static final OffsetDateTime TWO_DAYS_AGO = LocalDate.now(SHANGHAI)
		.minusDays(2)
		.atStartOfDay(SHANGHAI)
		.toOffsetDateTime();

	final Api api;

	final Tenants.FreshTenant tenant;

	final String token;

	final String suffix = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);

	final String site;

	HintFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, "节能建议企业 " + this.suffix);
		this.token = this.tenant.adminToken();
		this.site = created(api.post("/api/v1/structure/nodes", this.token,
				Map.of("level", "SITE", "code", "HN", "name", "节能工厂", "timeZone", "Asia/Shanghai")));
		String tariff = created(api.post("/api/v1/energy/tariffs", this.token, summerAllYear()));
		Api.Answer assigned = api.put("/api/v1/energy/tariffs/" + tariff + "/sites/" + this.site, this.token, Map.of());
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(204);
	}

	/** A device type with these numeric properties (and a {@code state} if named). */
	String type(String code, String... numbers) {
		List<Map<String, Object>> properties = new java.util.ArrayList<>();
		for (String n : numbers) {
			if (n.equals("state")) {
				properties.add(Map.of("identifier", "state", "nameZh", "状态", "dataType", "ENUM", "enumValues",
						List.of("running", "idle", "down")));
			}
			else {
				properties.add(Map.of("identifier", n, "nameZh", n, "dataType", "DOUBLE"));
			}
		}
		return created(this.api.post("/api/v1/device-types", this.token,
				Map.of("code", code + "-" + this.suffix, "nameZh", code, "properties", properties)));
	}

	/** A device on the site: its id, key and secret. */
	Device device(String type, String name) {
		String key = (name + "-" + this.suffix).toLowerCase(Locale.ROOT);
		Api.Answer device = this.api.post("/api/v1/devices", this.token,
				Map.of("key", key, "name", name, "typeId", type, "nodeId", this.site));
		return new Device(created(device), key, device.json().get("secret").asString());
	}

	String meter(String code, Device device, int readingPeriodMinutes) {
		return created(this.api.post("/api/v1/energy/meters", this.token,
				Map.of("code", code, "name", code, "kind", "ELECTRICITY", "unit", "kWh", "nodeId", this.site,
						"deviceId", device.id(), "counterProperty", "energyKwh", "counterMaximum", 99999999,
						"readingPeriodMinutes", readingPeriodMinutes)));
	}

	void ingest(Device device, List<Map<String, Object>> readings) {
		Api.Answer ingested = this.api.postBasic("/api/v1/devices/" + device.key() + "/telemetry", device.key(),
				device.secret(), "application/json",
				JSON.writeValueAsString(readings).getBytes(StandardCharsets.UTF_8));
		assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
	}

	Api.Answer recompute() {
		Api.Answer answer = this.api.post("/api/v1/energy/suggestions/recompute", this.token, Map.of());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	/**
	 * A flexible dryer that drew 100 kWh an hour two days ago from 07:00 to 14:00, with
	 * its hours worked out.
	 */
	String flexibleDryer() {
		Device dryer = device(type("EPM", "energyKwh"), "dryer");
		String meter = meter("EL-DRYER", dryer, 15);
		List<Map<String, Object>> readings = new java.util.ArrayList<>();
		for (int quarter = 0; quarter <= 28; quarter++) {
			readings.add(Map.of("ts", TWO_DAYS_AGO.plusHours(7).plusMinutes(15L * quarter).toInstant().toString(),
					"values", Map.of("energyKwh", 2000 + 25 * quarter)));
		}
		ingest(dryer, readings);
		String hour = "/api/v1/energy/consumption?meterId=" + meter + "&from="
				+ java.net.URLEncoder.encode(TWO_DAYS_AGO.plusHours(13).toString(), StandardCharsets.UTF_8) + "&to="
				+ java.net.URLEncoder.encode(TWO_DAYS_AGO.plusHours(14).toString(), StandardCharsets.UTF_8);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> !this.api.get(hour, this.token)
				.json()
				.get("series")
				.get(0)
				.get("buckets")
				.get(0)
				.get("quantity")
				.isNull());
		Api.Answer flagged = this.api.put("/api/v1/energy/meters/" + meter + "/flexible", this.token,
				Map.of("flexible", true));
		assertThat(flagged.status()).as(flagged.body()).isEqualTo(204);
		return meter;
	}

	static String created(Api.Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	private Map<String, Object> summerAllYear() {
		return Map.of("code", "TOU-" + this.suffix, "name", "全年夏季时段分时电价", "validFrom", "2021-10-01", "source",
				"测试用：广东 2021 年 7–9 月时段与比价", "prices",
				Map.of("SHARP_PEAK", 1.275, "PEAK", 1.02, "FLAT", 0.6, "VALLEY", 0.228), "seasons",
				List.of(Map.of("name", "全年", "months", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), "bands",
						List.of(band("VALLEY", "00:00", "08:00"), band("FLAT", "08:00", "10:00"),
								band("PEAK", "10:00", "11:00"), band("SHARP_PEAK", "11:00", "12:00"),
								band("FLAT", "12:00", "14:00"), band("PEAK", "14:00", "15:00"),
								band("SHARP_PEAK", "15:00", "17:00"), band("PEAK", "17:00", "19:00"),
								band("FLAT", "19:00", "24:00")))));
	}

	private static Map<String, Object> band(String period, String from, String to) {
		return Map.of("period", period, "from", from, "to", to);
	}

	record Device(String id, String key, String secret) {
	}

}
