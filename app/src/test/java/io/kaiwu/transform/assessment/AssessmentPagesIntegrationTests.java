package io.kaiwu.transform.assessment;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The self-assessment pages as a tenant admin uses them: a run started from the form,
 * answered on the questionnaire (a bad number refused with its question, then numbers
 * that derive the band), submitted, and its result with the radar data, the grade and the
 * gap; in both languages.
 */
@KaiwuIntegrationTest
class AssessmentPagesIntegrationTests {

	private static final Pattern RUN = Pattern.compile("/transform/assessment/runs/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	@Test
	void aRunIsStartedAnsweredSubmittedAndReadOnItsPages() {
		Tenants.FreshTenant tenant = Tenants.fresh(new Api(this.port), "评估页面 " + UUID.randomUUID());
		PageSession session = PageSession.signIn(this.port, tenant.adminUsername(), "Settled-Passw0rd-7");
		String list = session.get("/transform/assessment/runs").body();
		assertThat(list).contains("id=\"start-run\"").contains("sme-digital@2024");

		HttpResponse<String> started = session.post("/transform/assessment/runs", "/transform/assessment/runs",
				Map.of("_csrf", PageSession.csrf(list), "model", "sme-digital@2024", "title", "页面自评"));
		assertThat(started.statusCode()).isEqualTo(302);
		Matcher id = RUN.matcher(started.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).isTrue();
		String path = "/transform/assessment/runs/" + id.group(1);
		String questionnaire = session.get(path).body();
		assertThat(questionnaire).contains("生产设备联网率")
			.contains("name=\"n.Q-DEVICE-NETWORKED.networked\"")
			.contains("name=\"l.S-EQUIPMENT\"")
			.contains("网络拓扑图");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", PageSession.csrf(questionnaire));
		form.put("n.Q-DEVICE-NETWORKED.networked", "70");
		form.put("n.Q-DEVICE-NETWORKED.total", "60");
		HttpResponse<String> refused = session.post(path + "/answers", path, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"answer-errors\"").contains("(Q-DEVICE-NETWORKED)");

		// 45 of 60 = 75 %: band E, 6 points; systems E 10; 设备管理 at level 3
		form.put("n.Q-DEVICE-NETWORKED.networked", "45");
		form.put("q.Q-SYSTEMS", "E");
		form.put("l.S-EQUIPMENT", "3");
		HttpResponse<String> saved = session.post(path + "/answers", path, form);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(session.get(path).body()).contains("已答 3 / 31");

		HttpResponse<String> submitted = session.post(path + "/submit", path,
				Map.of("_csrf", PageSession.csrf(questionnaire)));
		assertThat(submitted.statusCode()).isEqualTo(302);
		String result = session.get(path + "/result").body();
		assertThat(result).contains("得分 16 / 100").contains("data-radar").contains("无等级").contains("约束性场景");
		String english = session.get(path + "/result?lang=en").body();
		assertThat(english).contains("Score 16 of 100").contains("Still missing for Level 1");
		session.get(path + "/result?lang=zh-CN");
	}

}
