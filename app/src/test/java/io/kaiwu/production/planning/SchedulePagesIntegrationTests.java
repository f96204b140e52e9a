package io.kaiwu.production.planning;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedule board and the dispatch list as a planner uses them: plan through the form,
 * see the KPI strip and the Gantt's operations, approve, and find the work in the turning
 * centre's dispatch list; the board speaks English too.
 */
@KaiwuIntegrationTest
class SchedulePagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPlannerPlansApprovesAndTheDispatchListFollows() {
		PlanningFixtures f = new PlanningFixtures(new Api(this.port), this.jdbc);
		f.released(f.shaft, 40, 3, 5);
		f.released(f.flange, 30, 3, 2);
		PageSession session = PageSession.signIn(this.port, f.tenant.adminUsername(), "Settled-Passw0rd-7");

		String empty = session.get("/production/schedule").body();
		assertThat(empty).contains("id=\"no-schedule\"").contains("id=\"plan-form\"");

		Map<String, String> form = new LinkedHashMap<>(Map.of("note", "第 49 周", "_csrf", PageSession.csrf(empty)));
		HttpResponse<String> planned = session.post("/production/schedule/plan", "/production/schedule", form);
		assertThat(planned.statusCode()).isEqualTo(302);
		String location = planned.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/production/schedule?id=");

		String board = session.get(location.substring(location.indexOf("/production"))).body();
		assertThat(board).contains("id=\"kpi-strip\"").contains("id=\"kpi-on-time\"").contains("第 49 周");
		assertThat(board).contains("id=\"gantt\"").contains("data-rows=").contains("OP10 车削").contains("OP20 磨削");
		assertThat(board).contains("id=\"activate\"").contains("草案");

		String id = location.substring(location.indexOf("id=") + 3);
		HttpResponse<String> approved = session.post("/production/schedule/" + id + "/activate", location,
				Map.of("_csrf", PageSession.csrf(board)));
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(session.get("/production/schedule").body()).contains("生效").doesNotContain("id=\"activate\"");

		String dispatch = session.get("/production/dispatch?workCentre=" + f.turning).body();
		assertThat(dispatch).contains("id=\"dispatch-list\"").contains("OP10 车削").doesNotContain("OP20 磨削");

		assertThat(session.get("/production/schedule?lang=en").body()).contains("Schedule board")
			.contains("On-time rate");
		session.get("/production/schedule?lang=zh-CN");
	}

}
