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
 * Time-of-use tariffs over HTTP and SQL, on the Guangdong industrial schedule of 2021
 * (peak 10–12 and 14–19, valley 0–8, flat the rest, 尖峰 11–12 and 15–17 in July to
 * September; peak 1.7 : flat 1 : valley 0.38, 尖峰 peak × 1.25) with a made-up flat price
 * of 0.6000 yuan/kWh.
 */
@KaiwuIntegrationTest
class EnergyTariffsIntegrationTests {

	static final String TARIFFS = "/api/v1/energy/tariffs";

	@LocalServerPort
	int port;

	Api api;

	String token;

	String code;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.token = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		this.code = "GD-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
	}

	@Test
	void aTariffIsStoredAndPricesAnIntervalAcrossMidnightAnd0800() {
		Api.Answer created = this.api.post(TARIFFS, this.token, guangdong());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();

		JsonNode stored = this.api.get(TARIFFS + "/" + id, this.token).json();
		assertThat(stored.get("validFrom").asString()).isEqualTo("2021-10-01");
		assertThat(stored.get("prices").get("SHARP_PEAK").decimalValue()).isEqualByComparingTo("1.275");
		assertThat(stored.get("seasons")).hasSize(2);
		assertThat(stored.get("seasons").get(0).get("months").toString()).isEqualTo("[7,8,9]");
		assertThat(stored.get("seasons").get(1).get("bands").get(3).get("to").asString()).isEqualTo("24:00");
		assertThat(this.api.get(TARIFFS, this.token).body()).contains(this.code);

		// 23:00–09:00 Beijing time in May, 1000 kWh: flat 200 (23–24, 08–09), valley 800
		Api.Answer cost = this.api.post(TARIFFS + "/" + id + "/cost", this.token, Map.of("start",
				"2026-05-14T15:00:00Z", "end", "2026-05-15T01:00:00Z", "kWh", 1000, "timeZone", "Asia/Shanghai"));
		assertThat(cost.status()).as(cost.body()).isEqualTo(200);
		JsonNode parts = cost.json().get("parts");
		assertThat(parts).hasSize(2);
		assertThat(parts.get(0).get("period").asString()).isEqualTo("FLAT");
		assertThat(parts.get(0).get("kWh").decimalValue()).isEqualByComparingTo("200");
		assertThat(parts.get(0).get("hours").asDouble()).isEqualTo(2.0);
		assertThat(parts.get(1).get("period").asString()).isEqualTo("VALLEY");
		assertThat(parts.get(1).get("kWh").decimalValue()).isEqualByComparingTo("800");
		// 200 × 0.6 + 800 × 0.228
		assertThat(cost.json().get("totalCost").decimalValue()).isEqualByComparingTo("302.4");

		Api.Answer backwards = this.api.post(TARIFFS + "/" + id + "/cost", this.token,
				Map.of("start", "2026-05-15T01:00:00Z", "end", "2026-05-14T15:00:00Z", "kWh", 1000));
		assertThat(fields(backwards)).containsExactly("end");
		assertThat(this.api.get("/api/v1/audit?entityType=energy-tariff&size=500", this.token).body()).contains(id);
	}

	@Test
	void overlappingAndMissingHoursAreRefusedNamingThem() {
		Map<String, Object> tariff = guangdong();
		// the other months: peak 10–12 also claimed by a critical peak 11–12, and 12–14
		// left out
		tariff.put("seasons",
				List.of(summer(),
						Map.of("name", "其他月份", "months", List.of(1, 2, 3, 4, 5, 6, 10, 11, 12), "bands",
								List.of(band("VALLEY", "00:00", "08:00"), band("FLAT", "08:00", "10:00"),
										band("PEAK", "10:00", "12:00"), band("SHARP_PEAK", "11:00", "12:00"),
										band("PEAK", "14:00", "19:00"), band("FLAT", "19:00", "24:00")))));

		Api.Answer refused = this.api.post(TARIFFS, this.token, tariff);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		List<String> messages = refused.json().get("errors").findValuesAsString("message");
		assertThat(messages).hasSize(2);
		assertThat(messages.get(0)).contains("其他月份", "11:00", "12:00", "PEAK", "SHARP_PEAK");
		assertThat(messages.get(1)).contains("其他月份", "12:00", "14:00");
		assertThat(this.api.get(TARIFFS, this.token).body()).doesNotContain(this.code);
	}

	@Test
	void badFieldsAndMonthsLeftOutAreRefused() {
		Map<String, Object> tariff = guangdong();
		tariff.put("validFrom", "2021-13-01");
		tariff.put("seasons", List.of(summer(), Map.of("name", "冬季", "months", List.of(12, 13), "bands",
				List.of(band("VALLEY", "00:00", "08:00"), band("NOON", "08:00", "25:00")))));
		assertThat(fields(this.api.post(TARIFFS, this.token, tariff))).containsExactlyInAnyOrder("validFrom",
				"seasons[1].months", "seasons[1].bands[1].period", "seasons[1].bands[1].to");

		Map<String, Object> monthsMissing = guangdong();
		monthsMissing.put("prices", Map.of("PEAK", 1.02, "FLAT", 0.6, "VALLEY", 0.228));
		monthsMissing.put("seasons", List.of(summer()));
		Api.Answer refused = this.api.post(TARIFFS, this.token, monthsMissing);
		assertThat(fields(refused)).containsExactlyInAnyOrder("seasons", "prices");
		assertThat(refused.json().get("errors").findValuesAsString("message")).hasSize(10);
	}

	private Map<String, Object> guangdong() {
		return new HashMap<>(Map.of("code", this.code, "name", "广东 一般工商业 峰谷分时电价", "validFrom", "2021-10-01", "source",
				"广东省发改委《关于进一步完善我省峰谷分时电价政策有关问题的通知》", "prices",
				Map.of("SHARP_PEAK", 1.275, "PEAK", 1.02, "FLAT", 0.6, "VALLEY", 0.228), "seasons",
				List.of(summer(),
						Map.of("name", "其他月份", "months", List.of(1, 2, 3, 4, 5, 6, 10, 11, 12), "bands",
								List.of(band("VALLEY", "00:00", "08:00"), band("FLAT", "08:00", "10:00"),
										band("FLAT", "12:00", "14:00"), band("FLAT", "19:00", "24:00"),
										band("PEAK", "10:00", "12:00"), band("PEAK", "14:00", "19:00"))))));
	}

	private static Map<String, Object> summer() {
		return Map.of("name", "7–9月", "months", List.of(7, 8, 9), "bands", List.of(band("VALLEY", "00:00", "08:00"),
				band("FLAT", "08:00", "10:00"), band("PEAK", "10:00", "11:00"), band("SHARP_PEAK", "11:00", "12:00"),
				band("FLAT", "12:00", "14:00"), band("PEAK", "14:00", "15:00"), band("SHARP_PEAK", "15:00", "17:00"),
				band("PEAK", "17:00", "19:00"), band("FLAT", "19:00", "24:00")));
	}

	private static Map<String, Object> band(String period, String from, String to) {
		return Map.of("period", period, "from", from, "to", to);
	}

	private static Set<String> fields(Api.Answer problem) {
		assertThat(problem.status()).as(problem.body()).isEqualTo(400);
		return Set.copyOf(problem.json().get("errors").findValuesAsString("field"));
	}

}
