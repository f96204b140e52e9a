package io.kaiwu.masterdata;

import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.masterdata.MasterdataFixtures.demoToken;
import static io.kaiwu.masterdata.MasterdataFixtures.fields;
import static io.kaiwu.masterdata.MasterdataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

@KaiwuIntegrationTest
class ShiftCalendarIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	String demo;

	@BeforeEach
	void client() {
		this.api = new Api(this.port);
		this.demo = demoToken(this.api);
	}

	@Test
	void computesTheDemoSitesPlannedWorkingTime() {
		JsonNode calendars = this.api.get("/api/v1/shift-calendars", this.demo).json().get("items");
		JsonNode sz = null;
		for (JsonNode calendar : calendars) {
			if (calendar.get("name").asString().equals("苏州工厂两班倒")) {
				sz = calendar;
			}
		}
		assertThat(sz).isNotNull();
		assertThat(sz.get("shifts").get(1).get("crossesMidnight").asBoolean()).isTrue();
		// a week of two 10.5 h shifts, Monday to Saturday: 126 h
		Api.Answer week = this.api.get("/api/v1/shift-calendars/" + sz.get("id").asString()
				+ "/working-time?from=2026-03-02T00:00:00%2B08:00&to=2026-03-09T00:00:00%2B08:00", this.demo);
		assertThat(week.status()).as(week.body()).isEqualTo(200);
		assertThat(week.json().get("minutes").asLong()).isEqualTo(126 * 60);
		assertThat(week.json().get("timeZone").asString()).isEqualTo("Asia/Shanghai");
		// National Day week 2026: Oct 1–3 (Thu–Sat) are holidays, so 3 working days
		// remain
		Api.Answer holidays = this.api.get("/api/v1/shift-calendars/" + sz.get("id").asString()
				+ "/working-time?from=2026-09-28T00:00:00%2B08:00&to=2026-10-05T00:00:00%2B08:00", this.demo);
		assertThat(holidays.json().get("minutes").asLong()).isEqualTo(3 * 21 * 60);
		Api.Answer backwards = this.api.get("/api/v1/shift-calendars/" + sz.get("id").asString()
				+ "/working-time?from=2026-03-09T00:00:00Z&to=2026-03-02T00:00:00Z", this.demo);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("to");
	}

	@Test
	void keepsACalendarOnABerlinSiteAndGuardsTheSite() {
		Api.Answer site = this.api.post("/api/v1/structure/nodes", this.demo,
				Map.of("level", "SITE", "code", unique("DE"), "name", "斯图加特工厂", "timeZone", "Europe/Berlin"));
		assertThat(site.status()).as(site.body()).isEqualTo(201);
		String siteId = site.json().get("id").asString();
		Api.Answer created = this.api.post("/api/v1/shift-calendars", this.demo, form(siteId, "08:00"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();

		// the night of the spring clock change is an hour short: 11 h less 1.5 h of
		// breaks
		Api.Answer dst = this.api.get(
				"/api/v1/shift-calendars/" + id + "/working-time?from=2026-03-28T19:00:00Z&to=2026-03-29T06:00:00Z",
				this.demo);
		assertThat(dst.json().get("minutes").asLong()).isEqualTo(570);
		assertThat(dst.json().get("timeZone").asString()).isEqualTo("Europe/Berlin");

		assertThat(this.api.post("/api/v1/shift-calendars", this.demo, form(siteId, "08:00")).status()).isEqualTo(400);
		Api.Answer refused = this.api.delete("/api/v1/structure/nodes/" + siteId, this.demo);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Nachtschicht Stuttgart");

		Api.Answer replaced = this.api.put("/api/v1/shift-calendars/" + id, this.demo, form(siteId, "06:00"));
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.json().get("shifts").get(0).get("end").asString()).startsWith("06:00");
		assertThat(this.api.delete("/api/v1/shift-calendars/" + id, this.demo).status()).isEqualTo(204);
		assertThat(this.api.delete("/api/v1/structure/nodes/" + siteId, this.demo).status()).isEqualTo(204);
	}

	@Test
	void namesEachBadPartOfACalendar() {
		String area = null;
		for (JsonNode node : this.api.get("/api/v1/structure/nodes?level=AREA", this.demo).json().get("items")) {
			if (node.get("code").asString().equals("SZ-MC")) {
				area = node.get("id").asString();
			}
		}
		assertThat(area).isNotNull();
		Map<String, Object> form = Map.of("siteId", area, "name", "错误的日历", "workingDays", List.of("MONDAY"), "shifts",
				List.of(Map.of("name", "白班", "start", "08:00", "end", "17:00", "breaks",
						List.of(Map.of("start", "07:00", "end", "07:30"), Map.of("start", "12:00", "end", "13:00"),
								Map.of("start", "12:30", "end", "12:45")))),
				"plannedStops", List.of(Map.of("start", "2026-03-03T10:00:00+08:00", "end", "2026-03-03T09:00:00+08:00",
						"reason", "保养")));
		Api.Answer bad = this.api.post("/api/v1/shift-calendars", this.demo, form);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("siteId", "shifts[0].breaks[0]", "shifts[0].breaks[2]",
				"plannedStops[0].end");
		Api.Answer empty = this.api.post("/api/v1/shift-calendars", this.demo, Map.of("name", ""));
		assertThat(fields(empty)).contains("siteId", "name", "workingDays", "shifts");
	}

	static Map<String, Object> form(String siteId, String nightEnd) {
		return Map.of("siteId", siteId, "name", "Nachtschicht Stuttgart", "workingDays",
				List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"), "shifts",
				List.of(Map.of("name", "Nachtschicht", "start", "20:00", "end", nightEnd, "breaks",
						List.of(Map.of("start", "00:00", "end", "01:00"), Map.of("start", "04:00", "end", "04:30")))),
				"holidays", List.of(Map.of("date", "2026-12-25", "name", "Weihnachten")));
	}

}
