package io.kaiwu.masterdata;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.masterdata.MasterdataFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The master-data pages as the demo user sees them after signing in through the login
 * form: each page shows the seeded data, a form posts and redirects, and an import shows
 * its bad rows.
 */
@KaiwuIntegrationTest
class MasterdataPagesIntegrationTests {

	@LocalServerPort
	int port;

	PageSession session;

	@BeforeEach
	void signIn() {
		this.session = PageSession.signIn(this.port, "demo", KaiwuIntegrationTest.DEMO_PASSWORD);
	}

	@Test
	void everyPageShowsTheDemoData() {
		assertThat(page("/masterdata/items")).contains("齿轮轴", "FG-GS-200", "grade-important", "import-form");
		assertThat(page("/masterdata/items?kind=RAW_MATERIAL")).contains("RM-PA66-GF30").doesNotContain("FG-GS-200");
		assertThat(page("/masterdata/partners")).contains("SUP-ZJ-RESIN", "2 级供应商", "Antriebstechnik Müller GmbH");
		assertThat(page("/masterdata/units")).contains("1 kg = 1000 g", "毫米");
		assertThat(page("/masterdata/units?quantity=2.5&from=t&to=g")).contains("2.5 t = 2500000 g");
		assertThat(page("/masterdata/units?quantity=1&from=kg&to=mm")).contains("没有换算关系");
		assertThat(page("/masterdata/data-categories")).contains("PROC-PARAM", "核心工艺参数", "grade-core");
		String calendars = page("/masterdata/calendars");
		assertThat(calendars).contains("苏州工厂两班倒", "白班", "夜班", "国庆节", "年中设备保养", "10.5 小时");
	}

	@Test
	void computesThePlannedWorkingTimeOfADay() {
		Matcher card = Pattern.compile("id=\"calendar-([0-9a-f-]{36})\"").matcher(page("/masterdata/calendars"));
		assertThat(card.find()).isTrue();
		// Monday 2026-07-06: day shift 10.5 h, and the night shift's 4 h before midnight
		assertThat(page("/masterdata/calendars?calendar=" + card.group(1) + "&from=2026-07-06&to=2026-07-06"))
			.contains("计划工作时间 14.50 小时");
	}

	@Test
	void createsAnItemThroughThePageForm() {
		String items = page("/masterdata/items");
		Matcher pcs = Pattern.compile("value=\"([0-9a-f-]{36})\">pcs · ").matcher(items);
		assertThat(pcs.find()).as("the unit pcs in the form").isTrue();
		String code = unique("PG");
		HttpResponse<String> created = this.session.post("/masterdata/items", "/masterdata/items",
				Map.of("_csrf", PageSession.csrf(items), "code", code, "name", "页面新建 法兰", "kind", "SEMI_FINISHED",
						"baseUnitId", pcs.group(1), "drawingNumber", "", "specification", "QT450", "grade", "GENERAL"));
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/masterdata/items");
		assertThat(page("/masterdata/items?q=" + code)).contains(code, "页面新建 法兰", "半成品");
	}

	@Test
	void aRefusedFormComesBackWithTheReason() {
		String items = page("/masterdata/items");
		Matcher pcs = Pattern.compile("value=\"([0-9a-f-]{36})\">pcs · ").matcher(items);
		assertThat(pcs.find()).isTrue();
		HttpResponse<String> refused = this.session.post("/masterdata/items", "/masterdata/items",
				Map.of("_csrf", PageSession.csrf(items), "code", "FG-GS-200", "name", "重复", "kind", "FINISHED",
						"baseUnitId", pcs.group(1), "grade", "GENERAL"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(page("/masterdata/items")).contains("class=\"flash error\"", "物料编码「FG-GS-200」在本企业中已被使用");
	}

	@Test
	void importingACsvWithABadRowShowsTheRowsError() {
		String items = page("/masterdata/items");
		String good = unique("IMP");
		String csv = "code,name,kind,unit\n" + good + ",导入 好行,成品,pcs\n" + unique("IMP") + ",导入 坏行,成品,furlong\n";
		HttpResponse<String> imported = this.session.upload("/masterdata/items/import", "/masterdata/items",
				Map.of("_csrf", PageSession.csrf(items)), "items.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(302);
		String report = page("/masterdata/items");
		assertThat(report).contains("import-errors", "furlong", "<td>3</td>");
		assertThat(report).contains("未导入任何数据");
		assertThat(page("/masterdata/items?q=" + good)).doesNotContain("导入 好行");
	}

	@Test
	void aViewerReadsThePagesWithoutTheForms() {
		Api api = new Api(this.port);
		String username = unique("viewer").toLowerCase(java.util.Locale.ROOT);
		assertThat(api
			.post("/api/v1/users", MasterdataFixtures.demoToken(api),
					Map.of("username", username, "displayName", "只读 用户", "temporaryPassword", "Temporary-Pass-1",
							"roles", List.of("VIEWER")))
			.status()).isEqualTo(201);
		assertThat(api
			.post("/api/v1/auth/password", null,
					Map.of("username", username, "password", "Temporary-Pass-1", "newPassword", "Viewer-Pass-22"))
			.status()).isEqualTo(204);
		PageSession viewer = PageSession.signIn(this.port, username, "Viewer-Pass-22");
		for (String path : List.of("/masterdata/items", "/masterdata/partners", "/masterdata/units",
				"/masterdata/data-categories", "/masterdata/calendars")) {
			HttpResponse<String> page = viewer.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			// the only form that writes is the sign-out in the top bar
			assertThat(page.body().split("method=\"post\"", -1)).as(path).hasSize(2);
		}
		assertThat(viewer.get("/masterdata/items").body()).contains("齿轮轴");
	}

	private String page(String path) {
		HttpResponse<String> page = this.session.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return page.body();
	}

}
