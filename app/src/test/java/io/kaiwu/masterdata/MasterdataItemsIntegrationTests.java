package io.kaiwu.masterdata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.masterdata.MasterdataFixtures.createUnit;
import static io.kaiwu.masterdata.MasterdataFixtures.demoToken;
import static io.kaiwu.masterdata.MasterdataFixtures.fields;
import static io.kaiwu.masterdata.MasterdataFixtures.unique;
import static io.kaiwu.masterdata.MasterdataFixtures.unitId;
import static io.kaiwu.masterdata.MasterdataFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

@KaiwuIntegrationTest
class MasterdataItemsIntegrationTests {

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
	void seedsTheDemoTenantWithUnitsItemsPartnersAndCategories() {
		assertThat(this.api.get("/api/v1/items?q=HK-200", this.demo).json().get("total").asLong())
			.isGreaterThanOrEqualTo(2);
		assertThat(this.api.get("/api/v1/partners?role=SUPPLIER&tier=2", this.demo).body()).contains("SUP-ZJ-RESIN");
		assertThat(this.api.get("/api/v1/data-categories", this.demo).body()).contains("PROC-PARAM");
		Api.Answer converted = this.api.get("/api/v1/units/convert?quantity=2.5&from=t&to=g", this.demo);
		assertThat(converted.status()).isEqualTo(200);
		assertThat(converted.json().get("result").decimalValue()).isEqualByComparingTo("2500000");
	}

	@Test
	void refusesAConversionBetweenUnitsWithoutAPath() {
		Api.Answer refused = this.api.get("/api/v1/units/convert?quantity=1&from=kg&to=mm", this.demo);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("to");
		String mass = createUnit(this.api, this.demo, "MASS");
		Api.Answer acrossDimensions = this.api.post("/api/v1/units/conversions", this.demo,
				Map.of("fromUnitId", mass, "toUnitId", unitId(this.api, this.demo, "mm"), "factor", 3));
		assertThat(acrossDimensions.status()).isEqualTo(400);
		assertThat(fields(acrossDimensions)).containsExactly("toUnitId");
		Api.Answer already = this.api.post("/api/v1/units/conversions", this.demo, Map.of("fromUnitId",
				unitId(this.api, this.demo, "t"), "toUnitId", unitId(this.api, this.demo, "g"), "factor", 1000000));
		assertThat(already.status()).isEqualTo(409);
	}

	@Test
	void createsReadsUpdatesAndDeletesAnItem() {
		String unit = createUnit(this.api, this.demo, "COUNT");
		String code = unique("IT");
		Map<String, Object> form = new HashMap<>(Map.of("code", code, "name", "法兰盘 毛坯", "kind", "SEMI_FINISHED",
				"baseUnitId", unit, "drawingNumber", "FL-100", "specification", "QT450"));
		Api.Answer created = this.api.post("/api/v1/items", this.demo, form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("grade").asString()).isEqualTo("GENERAL");
		assertThat(created.json().get("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
		assertThat(this.api.get("/api/v1/items/" + id, this.demo).json().get("code").asString()).isEqualTo(code);
		assertThat(this.api.get("/api/v1/items?q=" + code.toLowerCase(java.util.Locale.ROOT), this.demo)
			.json()
			.get("total")
			.asLong()).isEqualTo(1);

		form.put("name", "法兰盘 精车件");
		form.put("grade", "IMPORTANT");
		Api.Answer updated = this.api.put("/api/v1/items/" + id, this.demo, form);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo("法兰盘 精车件");
		assertThat(this.api.delete("/api/v1/units/" + unit, this.demo).status()).isEqualTo(409);

		assertThat(this.api.delete("/api/v1/items/" + id, this.demo).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/items/" + id, this.demo).status()).isEqualTo(404);
		String audit = this.api.get("/api/v1/audit?entityType=item&size=500", this.demo).body();
		assertThat(audit).contains(id).contains("CREATED").contains("UPDATED").contains("DELETED");
	}

	@Test
	void namesEachBadFieldOfAnItem() {
		Api.Answer missing = this.api.post("/api/v1/items", this.demo, Map.of("code", "bad code!", "name", ""));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fields(missing)).contains("code", "name", "kind", "baseUnitId");
		Api.Answer unknownUnit = this.api.post("/api/v1/items", this.demo, Map.of("code", unique("IT"), "name", "x",
				"kind", "FINISHED", "baseUnitId", java.util.UUID.randomUUID().toString()));
		assertThat(unknownUnit.status()).isEqualTo(400);
		assertThat(fields(unknownUnit)).containsExactly("baseUnitId");
		Api.Answer taken = this.api.post("/api/v1/items", this.demo, Map.of("code", "RM-45-D50", "name", "x", "kind",
				"FINISHED", "baseUnitId", unitId(this.api, this.demo, "kg")));
		assertThat(taken.status()).isEqualTo(400);
		assertThat(fields(taken)).containsExactly("code");
		assertThat(taken.json().get("errors").get(0).get("message").asString()).contains("RM-45-D50");
	}

	@Test
	void importsNothingFromAFileWithErrorsAndEveryBadRowIsReported() {
		String prefix = unique("IMP");
		String csv = "code,name,kind,unit,drawingNumber,specification,grade\n" + prefix + "-1,好的一行,原材料,kg,,,一般\n"
				+ prefix + "-2,坏的单位,RAW_MATERIAL,kgs,,,\n" + prefix + "-1,文件内重复,FINISHED,pcs,,,\n"
				+ "RM-45-D50,与数据库重复,FINISHED,pcs,,,\n" + prefix + "-3,,SOMETHING,pcs,,,SECRET\n" + prefix
				+ "-4,好的第二行,成品,pcs,D-4,规格,CORE\n";
		Api.Answer report = this.api.upload("/api/v1/items/import", this.demo, "items.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		JsonNode json = report.json();
		assertThat(json.get("rows").asInt()).isEqualTo(6);
		assertThat(json.get("imported").asInt()).isZero();
		assertThat(errors(json)).containsExactlyInAnyOrder("3:unit", "4:code", "5:code", "6:name", "6:kind", "6:grade");
		assertThat(this.api.get("/api/v1/items?q=" + prefix, this.demo).json().get("total").asLong()).isZero();

		Api.Answer good = this.api.upload("/api/v1/items/import?goodRowsOnly=true", this.demo, "items.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(good.json().get("imported").asInt()).isEqualTo(2);
		assertThat(good.json().get("errors").size()).isEqualTo(6);
		assertThat(this.api.get("/api/v1/items?q=" + prefix, this.demo).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void refusesUnknownFormatsAndNamesMissingColumns() {
		String csv = "code,name,kind,unit\n" + unique("EN") + ",x,FINISHED,nope\n";
		Api.Answer unknownUnit = this.api.upload("/api/v1/items/import", this.demo, "items.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(unknownUnit.json().get("errors").get(0).get("message").asString()).contains("nope");
		assertThat(this.api.upload("/api/v1/items/import", this.demo, "items.txt", new byte[] { 1, 2 }).status())
			.isEqualTo(400);
		Api.Answer missingColumn = this.api.upload("/api/v1/items/import", this.demo, "items.csv",
				"code,name\nA,B\n".getBytes(StandardCharsets.UTF_8));
		assertThat(errors(missingColumn.json())).containsExactlyInAnyOrder("1:kind", "1:unit");
	}

	@Test
	void importsAnExcelFileWithChineseHeadings() throws IOException {
		String prefix = unique("XL");
		byte[] xlsx = workbook(List.of(List.of("物料编码", "物料名称", "物料类型", "计量单位", "规格"),
				List.of(prefix + "-1", "PP 粒料", "原材料", "kg", "PP 均聚"), List.of(prefix + "-2", "端盖", "成品", "pcs", "")));
		Api.Answer report = this.api.upload("/api/v1/items/import", this.demo, "items.xlsx", xlsx);
		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.json().get("imported").asInt()).isEqualTo(2);
		assertThat(this.api.get("/api/v1/items?q=" + prefix, this.demo).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void exportsLeaveOutCoreRowsForAnyoneButATenantAdmin() throws IOException {
		String unit = unitId(this.api, this.demo, "pcs");
		String core = unique("CORE");
		assertThat(
				this.api
					.post("/api/v1/items", this.demo,
							Map.of("code", core, "name", "核心工艺件", "kind", "FINISHED", "baseUnitId", unit, "grade",
									"CORE"))
					.status())
			.isEqualTo(201);
		String corePartner = unique("CP");
		assertThat(this.api
			.post("/api/v1/partners", this.demo,
					Map.of("code", corePartner, "name", "战略客户", "customer", true, "grade", "CORE"))
			.status()).isEqualTo(201);
		String engineer = user(this.api, this.demo, "ENGINEER");

		String forAdmin = new String(this.api.download("/api/v1/items/export?format=csv", this.demo).bytes(),
				StandardCharsets.UTF_8);
		assertThat(forAdmin).contains(core).contains("CORE").contains("RM-45-D50").contains(",grade");
		Api.Download csv = this.api.download("/api/v1/items/export?format=csv", engineer);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String forEngineer = new String(csv.bytes(), StandardCharsets.UTF_8);
		assertThat(forEngineer).contains("RM-45-D50").doesNotContain(core).doesNotContain(",CORE");

		Api.Download xlsx = this.api.download("/api/v1/items/export?format=xlsx", engineer);
		assertThat(xlsx.status()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("grade");
			for (Row row : sheet) {
				assertThat(row.getCell(6).getStringCellValue()).isNotEqualTo("CORE");
			}
		}

		assertThat(new String(this.api.download("/api/v1/partners/export", this.demo).bytes(), StandardCharsets.UTF_8))
			.contains(corePartner);
		assertThat(new String(this.api.download("/api/v1/partners/export", engineer).bytes(), StandardCharsets.UTF_8))
			.contains("SUP-BG-STEEL")
			.doesNotContain(corePartner)
			.doesNotContain("CUS-DE-DRIVE");
		assertThat(this.api.get("/api/v1/items/export?format=pdf", engineer).status()).isEqualTo(400);
	}

	@Test
	void aViewerReadsButCannotWrite() {
		String viewer = user(this.api, this.demo, "VIEWER");
		assertThat(this.api.get("/api/v1/items", viewer).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/shift-calendars", viewer).status()).isEqualTo(200);
		assertThat(this.api
			.post("/api/v1/items", viewer, Map.of("code", unique("V"), "name", "x", "kind", "FINISHED", "baseUnitId",
					unitId(this.api, this.demo, "pcs")))
			.status()).isEqualTo(403);
		assertThat(this.api.upload("/api/v1/partners/import", viewer, "p.csv", "code,name\n".getBytes()).status())
			.isEqualTo(403);
	}

	static List<String> errors(JsonNode report) {
		List<String> errors = new java.util.ArrayList<>();
		for (JsonNode error : report.get("errors")) {
			assertThat(error.get("message").asString()).isNotBlank();
			errors.add(error.get("row").asInt() + ":" + error.get("column").asString());
		}
		return errors;
	}

	static byte[] workbook(List<List<String>> rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("物料");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

}
