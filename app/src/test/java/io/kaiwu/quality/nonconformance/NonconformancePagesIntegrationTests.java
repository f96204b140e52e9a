package io.kaiwu.quality.nonconformance;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kaiwu.masterdata.PageSession;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defect, NCR and supplier pages as a quality engineer on a tablet uses them: a
 * defect recorded through the form shows in the list and the Pareto chart; an NCR raised
 * through the form is planned and moved on, and a refused move shows what is needed
 * first; the supplier ranking renders in both languages.
 */
@KaiwuIntegrationTest
class NonconformancePagesIntegrationTests {

	private static final Pattern NCR = Pattern.compile("/quality/ncrs/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	NonconformanceFixtures given;

	PageSession session;

	@BeforeEach
	void setUp() {
		this.given = NonconformanceFixtures.of(new Api(this.port));
		this.session = PageSession.signIn(this.port, this.given.tenant.adminUsername(), "Settled-Passw0rd-7");
	}

	@Test
	void aDefectRecordedThroughTheFormShowsInTheListAndThePareto() {
		String code = this.given.defectCode("气孔", "Porosity");
		String page = this.session.get("/quality/defects").body();
		assertThat(page).contains("id=\"new-defect\"").contains("气孔").contains("冲压一线");
		Map<String, String> form = new LinkedHashMap<>(Map.of("codeId", code, "itemCode", this.given.itemCode,
				"quantity", "7", "lineId", this.given.line, "shiftName", "中班", "lotNumber", "PG-01", "location", "焊点 3",
				"drawingX", "0.40", "drawingY", "0.60"));
		form.put("_csrf", PageSession.csrf(page));
		HttpResponse<String> posted = this.session.post("/quality/defects", "/quality/defects", form);
		assertThat(posted.statusCode()).isEqualTo(302);
		String after = this.session.get("/quality/defects?by=SHIFT").body();
		assertThat(after).contains("id=\"defect-recorded\"").contains("PG-01").contains("焊点 3");
		assertThat(after).contains("id=\"defect-pareto\"").contains("data-defect-pareto=").contains("中班");

		Map<String, String> bad = new LinkedHashMap<>(Map.of("codeId", code, "itemCode", "NO-SUCH-ITEM", "quantity",
				"seven", "_csrf", PageSession.csrf(after)));
		this.session.post("/quality/defects", "/quality/defects", bad);
		String refused = this.session.get("/quality/defects").body();
		assertThat(refused).contains("id=\"defect-errors\"").contains("NO-SUCH-ITEM").contains("seven");

		assertThat(this.session.get("/quality/defects?lang=en").body()).contains("Pareto chart of defects");
		this.session.get("/quality/defects?lang=zh-CN");
	}

	@Test
	void anNcrRaisedThroughTheFormIsPlannedAndRefusesAMoveWithWhatIsNeeded() {
		String list = this.session.get("/quality/ncrs").body();
		assertThat(list).contains("id=\"new-ncr\"");
		Map<String, String> form = new LinkedHashMap<>(Map.of("title", "支架孔位偏移", "severity", "MAJOR", "itemCode",
				this.given.itemCode, "quantity", "30", "_csrf", PageSession.csrf(list)));
		HttpResponse<String> raised = this.session.post("/quality/ncrs", "/quality/ncrs", form);
		assertThat(raised.statusCode()).isEqualTo(302);
		Matcher id = NCR.matcher(raised.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).as("redirected to the NCR").isTrue();
		String path = "/quality/ncrs/" + id.group(1);
		String detail = this.session.get(path).body();
		assertThat(detail).contains("支架孔位偏移").contains("id=\"step-D8\"").contains("id=\"to-INVESTIGATING\"");

		this.session.post(path + "/transition", path, Map.of("to", "INVESTIGATING", "_csrf", PageSession.csrf(detail)));
		String refused = this.session.get(path).body();
		assertThat(refused).contains("id=\"ncr-errors\"").contains("D1 组建小组须已完成");

		this.session.post(path + "/steps/D1", path,
				Map.of("owner", "王工", "dueDate", "2020-01-01", "note", "王工、李工", "_csrf", PageSession.csrf(refused)));
		String planned = this.session.get(path).body();
		assertThat(planned).contains("王工、李工").contains("class=\"overdue\"");
		this.session.post(path + "/steps/D8", path,
				Map.of("owner", "质量经理", "dueDate", "2030-12-31", "_csrf", PageSession.csrf(planned)));
		assertThat(this.session.get(path).body()).contains("value=\"2030-12-31\"");
		this.session.post(path + "/steps/D1/done", path, Map.of("_csrf", PageSession.csrf(planned)));
		this.session.post(path + "/transition", path,
				Map.of("to", "INVESTIGATING", "_csrf", PageSession.csrf(planned)));
		String investigating = this.session.get(path).body();
		assertThat(investigating).doesNotContain("id=\"ncr-errors\"").contains("调查中");
		assertThat(this.session.get("/quality/ncrs?overdue=true").body()).doesNotContain(id.group(1));
	}

	@Test
	void defectCodesAreAddedAndDeletedOnTheirPageAndADuplicateIsRefusedWithItsReason() {
		String page = this.session.get("/quality/defect-codes").body();
		assertThat(page).contains("id=\"new-code\"");
		String category = NonconformanceFixtures.unique("PG");
		this.session.post("/quality/defect-codes", "/quality/defect-codes", Map.of("code", category, "nameZh", "装配缺陷",
				"nameEn", "Assembly defects", "_csrf", PageSession.csrf(page)));
		String added = this.session.get("/quality/defect-codes").body();
		assertThat(added).doesNotContain("id=\"code-errors\"").contains(category).contains("Assembly defects");
		this.session.post("/quality/defect-codes", "/quality/defect-codes",
				Map.of("code", category, "nameZh", "重复", "nameEn", "Again", "_csrf", PageSession.csrf(added)));
		String refused = this.session.get("/quality/defect-codes").body();
		assertThat(refused).contains("id=\"code-errors\"").contains("缺陷代码「" + category + "」已存在");
		String id = this.given.defectCode("待删", "To delete");
		String withIt = this.session.get("/quality/defect-codes").body();
		assertThat(withIt).contains("/quality/defect-codes/" + id + "/delete");
		this.session.post("/quality/defect-codes/" + id + "/delete", "/quality/defect-codes",
				Map.of("_csrf", PageSession.csrf(withIt)));
		assertThat(this.session.get("/quality/defect-codes").body())
			.doesNotContain("/quality/defect-codes/" + id + "/delete");
	}

	@Test
	void theSupplierRankingRendersInBothLanguages() {
		assertThat(this.session.get("/quality/suppliers").body()).contains("供应商质量排名")
			.contains("id=\"supplier-ranking\"");
		assertThat(this.session.get("/quality/suppliers?lang=en").body()).contains("Supplier quality ranking");
		this.session.get("/quality/suppliers?lang=zh-CN");
	}

}
