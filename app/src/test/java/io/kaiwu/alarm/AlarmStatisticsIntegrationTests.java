package io.kaiwu.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.alarm.domain.Alarm;
import io.kaiwu.alarm.domain.Stamp;
import io.kaiwu.alarm.store.AlarmRecords;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alarm statistics over REST from alarms whose times the test sets: the counts, the
 * ranking and the mean times to acknowledge and to clear match the ones worked out by
 * hand; an alarm suppressed during maintenance and one outside the period are not
 * counted.
 */
@KaiwuIntegrationTest
class AlarmStatisticsIntegrationTests {

	static final Instant MONDAY = Instant.parse("2026-03-01T16:00:00Z"); // 2026-03-02
																			// 00:00
																			// Shanghai

	@LocalServerPort
	int port;

	@Autowired
	AlarmRecords records;

	@Test
	void withoutAZoneDaysAreCountedInTheZoneOfTheTenantsFirstSite() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("时区统计企业"));
		String noSites = "/api/v1/alarms/statistics?from=2026-03-02&to=2026-03-05";
		JsonNode shanghai = api.get(noSites, tenant.adminToken()).json();
		assertThat(shanghai.get("zone").asString()).as("no site yet").isEqualTo("Asia/Shanghai");
		assertThat(shanghai.get("from").asString()).isEqualTo("2026-03-01T16:00:00Z");

		for (String[] site : new String[][] { { "B-MUC", "Europe/Berlin" }, { "A-SAO", "America/Sao_Paulo" } }) {
			Api.Answer made = api.post("/api/v1/structure/nodes", tenant.adminToken(),
					java.util.Map.of("level", "SITE", "code", site[0], "name", site[0], "timeZone", site[1]));
			assertThat(made.status()).as(made.body()).isEqualTo(201);
		}
		JsonNode first = api.get(noSites, tenant.adminToken()).json();
		assertThat(first.get("zone").asString()).as("the first site by code").isEqualTo("America/Sao_Paulo");
		assertThat(first.get("from").asString()).isEqualTo("2026-03-02T03:00:00Z");
		assertThat(api.get(noSites + "&zone=Europe/Berlin", tenant.adminToken()).json().get("from").asString())
			.as("a zone named wins")
			.isEqualTo("2026-03-01T23:00:00Z");
	}

	@Test
	void statisticsOfAWeekMatchTheMeanTimesWorkedOutByHand() {
		Api api = new Api(this.port);
		Tenants.FreshTenant tenant = Tenants.fresh(api, unique("告警统计企业"));
		TenantId tenantId = TenantId.of(UUID.fromString(tenant.id()));
		Originator outfall = new Originator("discharge-point", "DW-1");
		Originator chimney = new Originator("emission-point", "FQ-2");
		// raised, acknowledged after, cleared after (seconds)
		stored(tenantId, outfall, Severity.MAJOR, MONDAY.plusSeconds(3600), 120, 900, null);
		stored(tenantId, outfall, Severity.MAJOR, MONDAY.plusSeconds(7200), 240, null, null);
		stored(tenantId, outfall, Severity.CRITICAL, MONDAY.plusSeconds(86_400 + 60), null, 1500, null);
		stored(tenantId, chimney, Severity.MINOR, MONDAY.plusSeconds(2 * 86_400 + 600), 600, 300, null);
		// suppressed during maintenance, and a week earlier: not counted
		stored(tenantId, chimney, Severity.MINOR, MONDAY.plusSeconds(5000), 5, 5, Alarm.MAINTENANCE_WINDOW);
		stored(tenantId, chimney, Severity.MINOR, MONDAY.minusSeconds(7 * 86_400), 5, 5, null);

		Api.Answer answer = api.get("/api/v1/alarms/statistics?from=2026-03-02&to=2026-03-05&zone=Asia/Shanghai",
				tenant.adminToken());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode statistics = answer.json();
		assertThat(statistics.get("total").asLong()).isEqualTo(4);
		assertThat(statistics.get("topOriginators").get(0).get("id").asString()).isEqualTo("DW-1");
		assertThat(statistics.get("topOriginators").get(0).get("count").asLong()).isEqualTo(3);
		assertThat(statistics.get("topOriginators").get(1).get("id").asString()).isEqualTo("FQ-2");
		assertThat(statistics.get("bySeverity").get("MAJOR").asLong()).isEqualTo(2);
		assertThat(statistics.get("bySeverity").get("WARNING").asLong()).isZero();
		List<Long> perDay = new ArrayList<>();
		statistics.get("perDay").forEach((day) -> perDay.add(day.get("count").asLong()));
		assertThat(perDay).containsExactly(2L, 1L, 1L);
		assertThat(statistics.get("perDay").get(0).get("day").asString()).isEqualTo("2026-03-02");
		// acknowledged after 120, 240 and 600 s: MTTA 320 s; cleared after 900, 1500 and
		// 300 s: MTTR 900 s
		assertThat(statistics.get("acknowledged").asLong()).isEqualTo(3);
		assertThat(statistics.get("meanTimeToAcknowledge").get("seconds").asDouble()).isEqualTo(320.0);
		assertThat(statistics.get("meanTimeToAcknowledge").get("iso").asString()).isEqualTo("PT5M20S");
		assertThat(statistics.get("cleared").asLong()).isEqualTo(3);
		assertThat(statistics.get("meanTimeToClear").get("seconds").asDouble()).isEqualTo(900.0);

		Api.Answer backwards = api.get("/api/v1/alarms/statistics?from=2026-03-05&to=2026-03-02", tenant.adminToken());
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.body()).contains("\"to\"");
		Api.Answer notATime = api.get("/api/v1/alarms/statistics?from=yesterday", tenant.adminToken());
		assertThat(notATime.status()).isEqualTo(400);
		assertThat(notATime.body()).contains("yesterday");

		// another tenant sees none of it
		Tenants.FreshTenant other = Tenants.fresh(api, unique("别的企业"));
		assertThat(api.get("/api/v1/alarms/statistics?from=2026-03-02&to=2026-03-05", other.adminToken())
			.json()
			.get("total")
			.asLong()).isZero();
	}

	/** An alarm as it was stored with its stamps, the way the book stores them. */
	private void stored(TenantId tenant, Originator originator, Severity severity, Instant raised,
			Integer acknowledgedAfter, Integer clearedAfter, String suppression) {
		Alarm alarm = new Alarm(UUID.randomUUID(), tenant, originator, null, "test-" + UUID.randomUUID(), severity,
				new AlarmMessage("测试", "test"), raised,
				(acknowledgedAfter == null) ? null : new Stamp("operator", raised.plusSeconds(acknowledgedAfter)),
				(clearedAfter == null) ? null : new Stamp("system", raised.plusSeconds(clearedAfter)), null, null);
		if (suppression != null) {
			alarm.suppressByDesign(suppression, raised);
		}
		this.records.insert(alarm);
		this.records.update(alarm);
	}

	static String unique(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

}
