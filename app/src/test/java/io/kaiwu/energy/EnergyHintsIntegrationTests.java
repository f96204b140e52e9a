package io.kaiwu.energy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.energy.HintFixtures.TWO_DAYS_AGO;
import static io.kaiwu.energy.HintFixtures.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Saving hints from real readings over HTTP: a machine that idles with its own meter
 * counting, a flexible load drawn in 峰 and 尖 hours, each priced by hand at the site's
 * tariff; marking a suggestion; the CSV; and the baseline against actual.
 */
@KaiwuIntegrationTest
class EnergyHintsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aMachineDrawingPowerWhileItStandsIsToldToSwitchOffWithTheMoneyAtTheTariff() {
		HintFixtures f = new HintFixtures(new Api(this.port));
		String type = f.type("PRESS", "state", "energyKwh");
		HintFixtures.Device press = f.device(type, "press");
		String code = "PRESS-" + f.suffix;
		String machine = created(f.api.post("/api/v1/equipment", f.token,
				Map.of("code", code, "name", "冲床", "nodeId", f.site, "criticality", "B", "deviceId", press.id())));
		Api.Answer mapped = f.api.put("/api/v1/equipment/" + machine + "/signals", f.token, Map.of("stateProperty",
				"state", "stateKind", "BY_VALUE", "stateValues", Map.of("running", "RUNNING"), "otherwise", "IDLE"));
		assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
		f.meter("EL-PRESS", press, 1);

		// 00:00–01:00 running at 30 kW (0.5 kWh a minute), 01:00–02:00 idle at 6 kW
		List<Map<String, Object>> readings = new ArrayList<>();
		for (int minute = 0; minute <= 120; minute++) {
			double kWh = 1000 + 0.5 * Math.min(minute, 60) + 0.1 * Math.max(0, minute - 60);
			readings.add(Map.of("ts", TWO_DAYS_AGO.plusMinutes(minute).toInstant().toString(), "values",
					Map.of("state", (minute < 60) ? "running" : "idle", "energyKwh", Math.round(kWh * 10) / 10.0)));
		}
		f.ingest(press, readings);

		JsonNode idle = await().atMost(Duration.ofSeconds(30))
			.until(() -> find(f.recompute().json(), "SWITCH_OFF_IDLE", code),
					(s) -> s != null && s.get("figures")
						.get("standingKWh")
						.decimalValue()
						.compareTo(new java.math.BigDecimal("6")) == 0);
		// 6 kWh in 谷 at 0.228 = 1.368 CNY over the 2 hours the meter counted; a month
		// (720 h) at that rate is 360 times as much: 2160 kWh, 492.48 CNY, and 2160 ×
		// 0.1229 kgce = 0.265464 tce
		assertThat(idle.get("subjectId").asString()).isEqualTo(machine);
		assertThat(idle.get("figures").get("standingHours").decimalValue()).isEqualByComparingTo("1");
		assertThat(idle.get("figures").get("observedHours").decimalValue()).isEqualByComparingTo("2");
		assertThat(idle.get("figures").get("standingKw").decimalValue()).isEqualByComparingTo("6");
		assertThat(idle.get("figures").get("standingCost").decimalValue()).isEqualByComparingTo("1.37");
		assertThat(idle.get("kWhPerMonth").decimalValue()).isEqualByComparingTo("2160");
		assertThat(idle.get("moneyPerMonth").decimalValue()).isEqualByComparingTo("492.48");
		assertThat(idle.get("tcePerMonth").decimalValue()).isEqualByComparingTo("0.265464");
		JsonNode series = idle.get("evidence").get("series");
		assertThat(series.get(0).get("key").asString()).isEqualTo("meterKWh");
		assertThat(values(series.get(0))).containsExactly(30.0, 6.0);
		assertThat(values(series.get(1))).containsExactly(0.0, 6.0);
	}

	@Test
	void aFlexibleLoadInPeakHoursIsToldToMoveToTheValleyAndCanBeDismissed() {
		HintFixtures f = new HintFixtures(new Api(this.port));
		HintFixtures.Device dryer = f.device(f.type("EPM", "energyKwh"), "dryer");
		String meter = f.meter("EL-DRYER", dryer, 15);
		// 100 kWh an hour two days ago from 07:00 to 14:00: 谷 07, 平 08 09, 峰 10, 尖 11, 平
		// 12 13
		// and, the day before, 50 kWh an hour over the same hours (the baseline's
		// reference)
		List<Map<String, Object>> readings = new ArrayList<>();
		for (int quarter = 0; quarter <= 28; quarter++) {
			readings
				.add(reading(TWO_DAYS_AGO.minusDays(1).plusHours(7).plusMinutes(15L * quarter), 1000 + 12.5 * quarter));
		}
		for (int quarter = 0; quarter <= 28; quarter++) {
			readings.add(reading(TWO_DAYS_AGO.plusHours(7).plusMinutes(15L * quarter), 2000 + 25 * quarter));
		}
		f.ingest(dryer, readings);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			JsonNode hours = f.api
				.get("/api/v1/energy/consumption?meterId=" + meter + "&from=" + at(TWO_DAYS_AGO.plusHours(13)) + "&to="
						+ at(TWO_DAYS_AGO.plusHours(14)), f.token)
				.json();
			return !hours.get("series").get(0).get("buckets").get(0).get("quantity").isNull();
		});
		assertThat(find(f.recompute().json(), "SHIFT_TO_VALLEY", "EL-DRYER")).as("not flexible yet").isNull();

		Api.Answer withoutFlag = f.api.put("/api/v1/energy/meters/" + meter + "/flexible", f.token, Map.of());
		assertThat(withoutFlag.status()).isEqualTo(400);
		assertThat(withoutFlag.body()).contains("flexible");
		Api.Answer flagged = f.api.put("/api/v1/energy/meters/" + meter + "/flexible", f.token,
				Map.of("flexible", true));
		assertThat(flagged.status()).as(flagged.body()).isEqualTo(204);
		assertThat(f.api.get("/api/v1/energy/flexible-meters", f.token).body()).contains(meter);

		JsonNode shift = find(f.recompute().json(), "SHIFT_TO_VALLEY", "EL-DRYER");
		assertThat(shift).isNotNull();
		// over both days 峰 150 kWh × (1.02 − 0.228) + 尖 150 kWh × (1.275 − 0.228) = 118.8
		// +
		// 157.05 = 275.85 CNY in the 14 hours known; a month at that rate is 720 / 14
		// times
		// as much: 14186.57 CNY, moving 300 × 720 / 14 = 15428.571 kWh
		assertThat(shift.get("figures").get("peakKWh").decimalValue()).isEqualByComparingTo("150");
		assertThat(shift.get("figures").get("sharpPeakKWh").decimalValue()).isEqualByComparingTo("150");
		assertThat(shift.get("figures").get("observedHours").decimalValue()).isEqualByComparingTo("14");
		assertThat(shift.get("figures").get("saving").decimalValue()).isEqualByComparingTo("275.85");
		assertThat(shift.get("moneyPerMonth").decimalValue()).isEqualByComparingTo("14186.57");
		assertThat(shift.get("kWhPerMonth").decimalValue()).isEqualByComparingTo("15428.571");
		assertThat(shift.get("tcePerMonth").isNull()).isTrue();

		String id = shift.get("id").asString();
		Api.Answer later = f.api.put("/api/v1/energy/suggestions/" + id + "/state", f.token, Map.of("state", "LATER"));
		assertThat(later.status()).isEqualTo(400);
		assertThat(later.body()).contains("LATER").contains("DISMISSED");
		Api.Answer dismissed = f.api.put("/api/v1/energy/suggestions/" + id + "/state", f.token,
				Map.of("state", "dismissed"));
		assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
		JsonNode again = find(f.recompute().json(), "SHIFT_TO_VALLEY", "EL-DRYER");
		assertThat(again.get("state").asString()).isEqualTo("DISMISSED");
		assertThat(again.get("moneyPerMonth").decimalValue()).isEqualByComparingTo("14186.57");
		assertThat(f.api.get("/api/v1/energy/suggestions?state=OPEN", f.token).json().findValuesAsString("id"))
			.doesNotContain(id);
		Api.Answer badKind = f.api.get("/api/v1/energy/suggestions?kind=NOPE", f.token);
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.body()).contains("NOPE").contains("FIX_LEAK");

		Api.Answer csv = f.api.get("/api/v1/energy/suggestions/export.csv", f.token);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body())
			.contains("1,\"SHIFT_TO_VALLEY\",\"EL-DRYER\",\"EL-DRYER\",\"DISMISSED\",14186.57,15428.571,,");

		// baseline: the day before by hour of day, 50 kWh an hour; two days ago 100
		String baseline = "/api/v1/energy/baseline?meterId=" + meter + "&profile=HOUR_OF_DAY&referenceFrom="
				+ at(TWO_DAYS_AGO.minusDays(1)) + "&referenceTo=" + at(TWO_DAYS_AGO) + "&from="
				+ at(TWO_DAYS_AGO.plusHours(7)) + "&to=" + at(TWO_DAYS_AGO.plusHours(16));
		Api.Answer compared = f.api.get(baseline, f.token);
		assertThat(compared.status()).as(compared.body()).isEqualTo(200);
		JsonNode s = compared.json().get("series").get(0);
		// 07:00–14:00 compared (7 h), 14:00–16:00 not read: missing, not zero
		assertThat(s.get("hoursCompared").asInt()).isEqualTo(7);
		assertThat(s.get("hoursMissing").asInt()).isEqualTo(2);
		assertThat(s.get("expected").decimalValue()).isEqualByComparingTo("350");
		assertThat(s.get("actual").decimalValue()).isEqualByComparingTo("700");
		assertThat(s.get("saving").decimalValue()).isEqualByComparingTo("-350");
		assertThat(s.get("savingPercent").decimalValue()).isEqualByComparingTo("-100");
		// −50 kWh in each hour: × (0.228 + 0.6 + 0.6 + 1.02 + 1.275 + 0.6 + 0.6) =
		// −246.15
		assertThat(s.get("savingCost").decimalValue()).isEqualByComparingTo("-246.15");
		// −350 kWh × 0.1229 kgce/kWh
		assertThat(s.get("savingTce").decimalValue()).isEqualByComparingTo("-0.043015");
		assertThat(s.get("hours").get(8).get("actual").isNull()).isTrue();
		Api.Answer badProfile = f.api.get(baseline.replace("HOUR_OF_DAY", "WEEKLY"), f.token);
		assertThat(badProfile.status()).isEqualTo(400);
		assertThat(badProfile.body()).contains("WEEKLY").contains("HOUR_OF_WEEK");
	}

	static JsonNode find(JsonNode suggestions, String kind, String subjectCode) {
		for (JsonNode s : suggestions) {
			if (s.get("kind").asString().equals(kind) && s.get("subjectCode").asString().equals(subjectCode)) {
				return s;
			}
		}
		return null;
	}

	static List<Double> values(JsonNode series) {
		List<Double> values = new ArrayList<>();
		series.get("points").forEach((p) -> values.add(p.get("v").asDouble()));
		return values;
	}

	static Map<String, Object> reading(OffsetDateTime at, double kWh) {
		return Map.of("ts", at.toInstant().toString(), "values", Map.of("energyKwh", kWh));
	}

	static String at(OffsetDateTime time) {
		return URLEncoder.encode(time.toString(), StandardCharsets.UTF_8);
	}

}
