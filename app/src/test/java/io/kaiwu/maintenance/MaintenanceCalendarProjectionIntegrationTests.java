package io.kaiwu.maintenance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.equipment.PartsCounted;
import io.kaiwu.maintenance.usage.UsageMeters;
import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan by parts made is on the maintenance calendar on the day its machine's use of the
 * last week projects, marked as projected; a plan whose machine made nothing has no day.
 */
@KaiwuIntegrationTest
class MaintenanceCalendarProjectionIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	UsageMeters meters;

	@Test
	void aCounterPlanIsOnTheDayItsRecentUseProjects() {
		Api api = new Api(this.port);
		MaintenanceFixtures given = MaintenanceFixtures.of(api);
		MaintenanceFixtures.Machine machine = given.machine();
		Instant now = Instant.now();
		// made before the last week and before the plan: the plan counts from here
		count(machine, now.minus(Duration.ofDays(8)), 5000);
		String name = MaintenanceFixtures.unique("每 2000 件换刀");
		assertThat(api
			.post("/api/v1/maintenance-plans", given.token(),
					Map.of("equipmentId", machine.id(), "name", name, "trigger", "COUNTER", "every", 2000))
			.status()).isEqualTo(201);
		String idle = MaintenanceFixtures.unique("闲置设备计划");
		assertThat(api
			.post("/api/v1/maintenance-plans", given.token(),
					Map.of("equipmentId", given.machine().id(), "name", idle, "trigger", "COUNTER", "every", 10))
			.status()).isEqualTo(201);

		// 600 + 660 = 1,260 parts in the last week (180 a day): at 6,260 of 7,000, the
		// 740
		// to go take 740 / 180 days = 4 d 2 h 40 min
		count(machine, now.minus(Duration.ofDays(2)), 600);
		count(machine, now.minus(Duration.ofDays(1)), 660);
		LocalDate expected = LocalDate.ofInstant(now.plusSeconds(740L * 7 * 86400 / 1260), ZONE);

		PageSession session = PageSession.signIn(this.port, given.tenant.adminUsername(), "Settled-Passw0rd-7");
		String page = session.get("/maintenance/calendar?month=" + YearMonth.from(expected)).body();
		Matcher cell = Pattern.compile("data-date=\"" + expected + "\">(.*?)</td>", Pattern.DOTALL).matcher(page);
		assertThat(cell.find()).isTrue();
		assertThat(cell.group(1)).contains("plan-projected", "预计到期：", name);
		assertThat(page).doesNotContain(idle);
	}

	private void count(MaintenanceFixtures.Machine machine, Instant from, long parts) {
		this.meters.partsCounted(new PartsCounted(MaintenanceFixtures.of(null).tenantId(), UUID.randomUUID(),
				machine.id(), from, from.plusSeconds(60), parts, 0));
	}

}
