package io.kaiwu.ehs;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changing and removing discharge points and their monitored points over HTTP: the same
 * checks as creating, a change graded from then on, removal refused with the reason while
 * an exceedance is open and kept as removed afterwards (its records stay), and the
 * exceedance and report CSV exports.
 */
@KaiwuIntegrationTest
class EhsEditsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pointsAreChangedWithTheSameChecksAndNotRemovedWhileInExceedance() {
		EhsFixture ehs = new EhsFixture(new Api(this.port), "安环修改");
		Api api = ehs.api;
		JsonNode created = ehs.dischargePoint();
		String id = created.get("id").asString();
		String so2 = created.get("points").get(0).get("id").asString();
		String nox = created.get("points").get(1).get("id").asString();

		// thresholds out of order, a unit other than the property's, a point of no one's
		Api.Answer refused = api.put("/api/v1/ehs/discharge-points/" + id, ehs.token,
				ehs.draft("DA001", "锅炉烟囱", List.of(ehs.point(so2, "SO₂", "so2", 50, 40, 50, 45, 75),
						ehs.point("6f0b4c1e-0000-4000-8000-000000000000", "NOx", "nox", 200, 160, 200, 240, 300))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field"))
			.containsExactlyInAnyOrder("points[0].thresholds.orange", "points[1].id");
		assertThat(refused.body()).contains("45").contains("50");

		// SO₂'s 蓝 moves from 40 to 45: 42 is no longer a warning
		Api.Answer changed = api.put("/api/v1/ehs/discharge-points/" + id, ehs.token,
				ehs.draft("DA001", "锅炉烟囱 1#", List.of(ehs.point(so2, "SO₂", "so2", 50, 45, 50, 60, 75),
						ehs.point(nox, "NOx", "nox", 200, 160, 200, 240, 300))));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("name").asString()).isEqualTo("锅炉烟囱 1#");
		assertThat(changed.json().get("points").get(0).get("id").asString()).isEqualTo(so2);
		assertThat(changed.json().get("points").get(0).get("thresholds").get("blue").asDouble()).isEqualTo(45);

		Instant t0 = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
		ehs.read(t0, "so2", 42);
		ehs.read(t0.plusSeconds(60), "so2", 52);
		JsonNode open = await().atMost(Duration.ofSeconds(20))
			.until(() -> ehs.exceedances(so2), (list) -> list.size() == 1)
			.get(0);
		assertThat(open.get("startedAt").asString()).isEqualTo(t0.plusSeconds(60).toString());
		assertThat(open.get("open").asBoolean()).isTrue();

		// in exceedance: neither the point nor its discharge point is removed
		Api.Answer notRemoved = api.delete("/api/v1/ehs/discharge-points/" + id, ehs.token);
		assertThat(notRemoved.status()).as(notRemoved.body()).isEqualTo(409);
		assertThat(notRemoved.json().get("detail").asString()).contains("SO₂").contains("锅炉烟囱 1#");
		Api.Answer pointKept = api.put("/api/v1/ehs/discharge-points/" + id, ehs.token,
				ehs.draft("DA001", "锅炉烟囱 1#", List.of(ehs.point(nox, "NOx", "nox", 200, 160, 200, 240, 300))));
		assertThat(pointKept.status()).as(pointKept.body()).isEqualTo(409);

		// back under 蓝 − deadband: the exceedance ends and the point can go
		ehs.read(t0.plusSeconds(120), "so2", 20);
		await().atMost(Duration.ofSeconds(20)).until(() -> !ehs.exceedances(so2).get(0).get("open").asBoolean());
		Api.Answer onlyNox = api.put("/api/v1/ehs/discharge-points/" + id, ehs.token,
				ehs.draft("DA001", "锅炉烟囱 1#", List.of(ehs.point(nox, "NOx", "nox", 200, 160, 200, 240, 300))));
		assertThat(onlyNox.status()).as(onlyNox.body()).isEqualTo(200);
		assertThat(onlyNox.json().get("points")).hasSize(1);
		assertThat(ehs.exceedances(so2)).as("the removed point's records stay").hasSize(1);

		// the exceedance list's CSV and the month's report name the removed point
		Api.Download csv = api.download("/api/v1/ehs/exceedances/export.csv?siteId=" + ehs.site, ehs.token);
		assertThat(csv.status()).isEqualTo(200);
		String text = new String(csv.bytes(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"owner\",\"substance\"")
			.contains("\"DA001 锅炉烟囱 1#\",\"SO₂\",\"so2\"")
			.contains("\"YELLOW\",52");
		// the discharge points as CSV, one line per monitored point still there
		String points = new String(api.download("/api/v1/ehs/discharge-points/export.csv", ehs.token).bytes(),
				StandardCharsets.UTF_8);
		assertThat(points).startsWith("\uFEFF\"code\",\"name\",\"medium\"")
			.contains("\"NOx\"")
			.doesNotContain("\"SO₂\"");
		assertThat(api.download("/api/v1/ehs/hazard-sources/export.csv", ehs.token).status()).isEqualTo(200);
		YearMonth month = YearMonth.from(t0.atZone(ZoneId.of("Asia/Shanghai")));
		JsonNode report = api.get("/api/v1/ehs/report?siteId=" + ehs.site + "&month=" + month, ehs.token).json();
		assertThat(report.get("exceedances").asInt()).isEqualTo(1);
		assertThat(report.get("byGrade").get("YELLOW").asInt()).isEqualTo(1);
		assertThat(report.get("durationSeconds").asLong()).isEqualTo(60);
		assertThat(report.get("atLimitSeconds").asLong()).isEqualTo(60);
		JsonNode line = report.get("points")
			.valueStream()
			.filter((l) -> l.get("pointId").asString().equals(so2))
			.findFirst()
			.orElseThrow();
		assertThat(line.get("exceedances").asInt()).isEqualTo(1);
		assertThat(line.get("peak").asDouble()).isEqualTo(52);
		// 42, 52 and 20 in one or two clock hours: no hourly mean over 50
		assertThat(line.get("hoursOverLimit").asInt()).isZero();
		assertThat(line.get("removed").asBoolean()).isTrue();
		Api.Download reportCsv = api.download("/api/v1/ehs/report/export.csv?siteId=" + ehs.site + "&month=" + month,
				ehs.token);
		assertThat(new String(reportCsv.bytes(), StandardCharsets.UTF_8)).contains("\"DA001 锅炉烟囱 1#\",\"SO₂\"");
		assertThat(api.get("/api/v1/ehs/report?siteId=" + ehs.site + "&month=11-2026", ehs.token).status())
			.isEqualTo(400);

		// the whole discharge point goes; its code stays taken by the records
		assertThat(api.delete("/api/v1/ehs/discharge-points/" + id, ehs.token).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/ehs/discharge-points", ehs.token).json()).isEmpty();
		Api.Answer again = api.post("/api/v1/ehs/discharge-points", ehs.token,
				ehs.draft("DA001", "新烟囱", List.of(ehs.point(null, "SO₂", "so2", 50, 40, 50, 60, 75))));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").findValuesAsString("field")).containsExactly("code");
		assertThat(api.delete("/api/v1/ehs/discharge-points/" + id, ehs.token).status()).isEqualTo(404);
	}

	@Test
	void aHazardousSourceIsChangedWithTheSameChecksAndRemoved() {
		EhsFixture ehs = new EhsFixture(new Api(this.port), "安环危险源");
		Api api = ehs.api;
		String suffix = Long.toString(System.nanoTime(), 36);
		Api.Answer type = api.post("/api/v1/device-types", ehs.token,
				Map.of("code", "gd-" + suffix, "nameZh", "气体探测器", "properties",
						List.of(Map.of("identifier", "coPpm", "nameZh", "一氧化碳", "dataType", "DOUBLE", "unit", "ppm"))));
		Api.Answer detector = api.post("/api/v1/devices", ehs.token, Map.of("key", "gd-" + suffix, "name", "探测器",
				"typeId", type.json().get("id").asString(), "nodeId", ehs.site));
		assertThat(detector.status()).as(detector.body()).isEqualTo(201);
		Map<String, Object> co = new java.util.LinkedHashMap<>(Map.of("substance", "一氧化碳", "deviceId",
				detector.json().get("id").asString(), "property", "coPpm", "unit", "ppm", "limit", 17, "standard",
				"GBZ 2.1-2019", "thresholds", Map.of("blue", 12, "yellow", 17, "orange", 34, "red", 51)));
		Api.Answer created = api.post("/api/v1/ehs/hazard-sources", ehs.token, Map.of("code", "HS-1", "name", "锅炉房天然气",
				"level", "FOUR", "nodeId", ehs.site, "substances", List.of("天然气"), "points", List.of(co)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		co.put("id", created.json().get("points").get(0).get("id").asString());

		// a level that is none, no substances, a unit other than the property's
		Map<String, Object> wrongUnit = new java.util.LinkedHashMap<>(co);
		wrongUnit.put("unit", "mg/m³");
		Api.Answer refused = api.put("/api/v1/ehs/hazard-sources/" + id, ehs.token, Map.of("code", "HS-1", "name",
				"锅炉房天然气", "level", "FIVE", "nodeId", ehs.site, "substances", List.of(), "points", List.of(wrongUnit)));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("level",
				"substances", "points[0].unit");

		Api.Answer changed = api.put("/api/v1/ehs/hazard-sources/" + id, ehs.token,
				Map.of("code", "HS-BR", "name", "锅炉房天然气调压", "level", "THREE", "nodeId", ehs.site, "substances",
						List.of("天然气", "一氧化碳"), "points", List.of(co)));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		JsonNode listed = api.get("/api/v1/ehs/hazard-sources", ehs.token).json().get(0);
		assertThat(listed.get("code").asString()).isEqualTo("HS-BR");
		assertThat(listed.get("level").asString()).isEqualTo("THREE");
		assertThat(listed.get("points").get(0).get("id").asString()).isEqualTo(co.get("id"));

		assertThat(api.delete("/api/v1/ehs/hazard-sources/" + id, ehs.token).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/ehs/hazard-sources", ehs.token).json()).isEmpty();
		assertThat(api.put("/api/v1/ehs/hazard-sources/" + id, ehs.token, Map.of("code", "HS-BR")).status())
			.isEqualTo(404);
	}

}
