package io.kaiwu.production.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kaiwu.production.resource.PlantFixtures;
import io.kaiwu.production.resource.Workbooks;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing BOM lines from Excel over real HTTP and SQL: every bad row is named with its
 * column, a file with any error (even a cycle found only on saving) writes nothing, a
 * good file makes its versions, and the template reads back.
 */
@KaiwuIntegrationTest
class BomImportIntegrationTests {

	static final List<String> HEADER = List.of("父项物料编码", "版本", "基本数量", "生效日期", "失效日期", "子项物料编码", "用量", "损耗率%");

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	String fg;

	String sf;

	String rm;

	String oil;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		this.fg = this.f.itemCode(this.f.finished);
		this.sf = this.f.itemCode(this.f.semi);
		this.rm = this.f.itemCode(this.f.steel);
		this.oil = this.f.itemCode(this.f.paint);
	}

	@Test
	void everyBadRowIsNamedAndNothingIsWritten() {
		JsonNode report = upload(List.of(HEADER, List.of(this.fg, "A", "1", "2026-01-01", "", this.sf, "1", ""),
				List.of(this.sf, "A", "1", "2026-01-01", "", "NO-SUCH-ITEM", "2.5", "4"),
				List.of(this.sf, "A", "1", "2026-01-01", "", this.oil, "viel", "0"),
				List.of(this.sf, "A", "1", "2026-02-01", "", this.rm, "1", "0")));
		assertThat(report.get("imported").asInt()).isZero();
		assertThat(errors(report)).containsExactly("3 component", "4 quantity", "5 validFrom");
		assertThat(report.get("errors").get(0).get("message").asString()).contains("NO-SUCH-ITEM");
		assertThat(report.get("errors").get(2).get("message").asString()).contains("第 3 行");
		assertThat(this.api.get("/api/v1/production/boms", this.f.token()).json()).isEmpty();
	}

	@Test
	void aGoodFileMakesItsVersionsAndACycleLaterRollsTheWholeFileBack() {
		JsonNode good = upload(List.of(HEADER, List.of(this.fg, "A", "1", "2026-01-01", "", this.sf, "1", ""),
				List.of(this.sf, "A", "10", "2026/1/1", "", this.rm, "25", "4"),
				List.of(this.sf, "A", "10", "2026/1/1", "", this.oil, "1", "")));
		assertThat(good.get("imported").asInt()).as(good.toString()).isEqualTo(3);
		JsonNode versions = this.api.get("/api/v1/production/boms?itemId=" + this.f.semi, this.f.token()).json();
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).get("baseQuantity").asString()).isEqualTo("10");
		assertThat(versions.get(0).get("lines")).hasSize(2);

		// the oil gets a BOM of its own (fine), the steel one that leads back to the
		// shaft
		JsonNode cyclic = upload(List.of(HEADER, List.of(this.oil, "A", "1", "2026-01-01", "", this.rm, "1", ""),
				List.of(this.rm, "A", "1", "2026-01-01", "", this.oil, "1", ""),
				List.of(this.rm, "A", "1", "2026-01-01", "", this.fg, "1", "")));
		assertThat(cyclic.get("imported").asInt()).isZero();
		assertThat(errors(cyclic)).containsExactly("3 component");
		assertThat(cyclic.get("errors").get(0).get("message").asString())
			.contains(this.rm + " (A) → " + this.oil + " (A) → " + this.rm + " (A)");
		assertThat(this.api.get("/api/v1/production/boms?itemId=" + this.f.paint, this.f.token()).json()).isEmpty();
	}

	@Test
	void theTemplateReadsBack() {
		Api.Download template = this.api.download("/api/v1/production/boms/import/template", this.f.token());
		assertThat(template.status()).isEqualTo(200);
		List<List<String>> rows = Workbooks.read(template.bytes());
		assertThat(rows.get(0)).isEqualTo(HEADER);
		// the example rows name the demo's items, which this enterprise lacks: every
		// column
		// is recognised, only the items are unknown
		JsonNode report = this.api
			.upload("/api/v1/production/boms/import", this.f.token(), "bom.xlsx", template.bytes())
			.json();
		assertThat(errors(report)).containsExactly("2 parent", "2 component", "3 parent", "3 component");
	}

	@Test
	void aMissingColumnIsNamed() {
		JsonNode report = upload(
				List.of(List.of("父项物料编码", "版本", "生效日期", "子项物料编码"), List.of(this.fg, "A", "2026-01-01", this.sf)));
		assertThat(errors(report)).containsExactly("1 quantity");
	}

	private JsonNode upload(List<List<String>> rows) {
		Api.Answer answer = this.api.upload("/api/v1/production/boms/import", this.f.token(), "bom.xlsx",
				Workbooks.xlsx(rows));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	static List<String> errors(JsonNode report) {
		List<String> out = new ArrayList<>();
		report.get("errors").forEach((e) -> out.add(e.get("row").asInt() + " " + e.get("column").asString()));
		return out;
	}

}
