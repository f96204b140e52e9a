package io.kaiwu.quality.nonconformance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Defect codes and defect records over REST: the code tree refuses duplicates and cycles;
 * defects recorded with line, shift (given, or read from the shift calendar), supplier
 * and lot are counted into Pareto analyses (with qcc's example counts) by code, category,
 * line, shift and supplier; bad input is named field by field; a photo is checked by its
 * bytes and size.
 */
@KaiwuIntegrationTest
class DefectsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	NonconformanceFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = NonconformanceFixtures.of(this.api);
	}

	@Test
	void defectCodesFormATreeOfAnyDepthAndRefuseDuplicatesAndCycles() {
		String surface = this.given.defectCode("表面缺陷", "Surface defects");
		String scratch = this.given.defectCode(surface, "划伤", "Scratch");
		String deep = this.given.defectCode(scratch, "深划伤", "Deep scratch");
		JsonNode tree = this.api.get("/api/v1/quality/defect-codes", token()).json();
		List<String> ids = new ArrayList<>();
		tree.forEach((c) -> ids.add(c.get("id").asString()));
		assertThat(ids.indexOf(surface)).isLessThan(ids.indexOf(scratch));
		assertThat(ids.indexOf(scratch)).isLessThan(ids.indexOf(deep));
		JsonNode deepCode = tree.get(ids.indexOf(deep));
		assertThat(deepCode.get("depth").asInt()).isEqualTo(2);
		assertThat(deepCode.get("nameEn").asString()).isEqualTo("Deep scratch");

		String surfaceCode = this.api.get("/api/v1/quality/defect-codes/" + surface, token())
			.json()
			.get("code")
			.asString();
		Api.Answer duplicate = this.api.post("/api/v1/quality/defect-codes", token(),
				Map.of("code", surfaceCode, "nameZh", "重复", "nameEn", "Duplicate"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("detail").asString()).contains(surfaceCode);

		Api.Answer cycle = this.api.put("/api/v1/quality/defect-codes/" + surface, token(),
				Map.of("code", surfaceCode, "nameZh", "表面缺陷", "nameEn", "Surface defects", "parentId", deep));
		assertThat(cycle.status()).isEqualTo(409);
		assertThat(cycle.json().get("type").asString()).isEqualTo("urn:kaiwu:problem:conflict");
		assertThat(cycle.json().get("detail").asString()).contains("循环");
		Api.Answer self = this.api.put("/api/v1/quality/defect-codes/" + surface, token(),
				Map.of("code", surfaceCode, "nameZh", "表面缺陷", "nameEn", "Surface defects", "parentId", surface));
		assertThat(self.status()).isEqualTo(409);

		Api.Answer bad = this.api.post("/api/v1/quality/defect-codes", token(),
				Map.of("code", "空 格", "nameZh", "", "parentId", "00000000-0000-0000-0000-000000000001"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsExactlyInAnyOrder("code", "nameZh", "nameEn", "parentId");

		assertThat(this.api.delete("/api/v1/quality/defect-codes/" + surface, token()).status()).isEqualTo(409);
		assertThat(this.api.delete("/api/v1/quality/defect-codes/" + deep, token()).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/quality/defect-codes/" + deep, token()).status()).isEqualTo(404);
	}

	/**
	 * qcc's pareto.chart example through the whole stack: 80, 27, 66, 94, 33 defects of
	 * five codes → 94, 80, 66, 33, 27 with 80 % cumulative at the third.
	 */
	@Test
	void defectsAreCountedIntoAParetoWithTheEightyPercentCut() {
		Instant day = window();
		String supplier = this.given.supplier("华东冲压件");
		int[] counts = { 80, 27, 66, 94, 33 };
		String[] names = { "price code", "schedule date", "supplier code", "contact num.", "part num." };
		String category = this.given.defectCode("单据错误", "Paperwork errors");
		for (int i = 0; i < counts.length; i++) {
			String code = this.given.defectCode(category, names[i], names[i]);
			// split each count over two records, one on the line in 白班 with the supplier
			Map<String, Object> first = defect(code, counts[i] - 1, day.plusSeconds(60 * i));
			first.put("lineId", this.given.line);
			first.put("shiftName", "白班");
			first.put("supplierId", supplier);
			first.put("lotNumber", "L-2025-" + i);
			assertThat(this.api.post("/api/v1/quality/defects", token(), first).status()).isEqualTo(201);
			assertThat(this.api.post("/api/v1/quality/defects", token(), defect(code, 1, day.plusSeconds(60 * i + 30)))
				.status()).isEqualTo(201);
		}
		String period = "&from=" + day + "&to=" + day.plus(1, ChronoUnit.HOURS);

		JsonNode byCode = this.api.get("/api/v1/quality/defects/pareto?by=CODE" + period, token()).json();
		assertThat(byCode.get("total").asLong()).isEqualTo(300);
		List<Long> sorted = new ArrayList<>();
		List<Boolean> vital = new ArrayList<>();
		byCode.get("bars").forEach((b) -> {
			sorted.add(b.get("count").asLong());
			vital.add(b.get("vitalFew").asBoolean());
		});
		assertThat(sorted).containsExactly(94L, 80L, 66L, 33L, 27L);
		assertThat(vital).containsExactly(true, true, true, false, false);
		assertThat(byCode.get("bars").get(0).get("label").asString()).endsWith("contact num.");
		assertThat(byCode.get("bars").get(2).get("cumulativePercent").asDouble()).isCloseTo(80.0, within(1e-9));

		JsonNode byCategory = this.api.get("/api/v1/quality/defects/pareto?by=CATEGORY" + period, token()).json();
		assertThat(byCategory.get("bars")).hasSize(1);
		assertThat(byCategory.get("bars").get(0).get("count").asLong()).isEqualTo(300);

		// 5 of the 300 were recorded without line, shift or supplier: a category of their
		// own
		JsonNode byShift = this.api.get("/api/v1/quality/defects/pareto?by=SHIFT" + period, token()).json();
		assertThat(byShift.get("bars").get(0).get("label").asString()).isEqualTo("白班");
		assertThat(byShift.get("bars").get(0).get("count").asLong()).isEqualTo(295);
		assertThat(byShift.get("bars").get(1).get("label").isNull()).isTrue();
		JsonNode bySupplier = this.api.get("/api/v1/quality/defects/pareto?by=SUPPLIER" + period, token()).json();
		assertThat(bySupplier.get("bars").get(0).get("label").asString()).endsWith("华东冲压件");
		JsonNode byLine = this.api.get("/api/v1/quality/defects/pareto?by=LINE" + period, token()).json();
		assertThat(byLine.get("bars").get(0).get("label").asString()).isEqualTo("QS-L1 冲压一线");

		Api.Answer list = this.api.get("/api/v1/quality/defects?supplierId=" + supplier, token());
		assertThat(list.json().get("total").asLong()).isEqualTo(5);
		assertThat(list.json().get("items").get(0).get("lotNumber").asString()).startsWith("L-2025-");

		assertThat(this.api.get("/api/v1/quality/defects/pareto?by=COLOUR" + period, token()).status()).isEqualTo(400);
		assertThat(this.api
			.get("/api/v1/quality/defects/pareto?by=CODE&from=" + day + "&to=" + day.minusSeconds(1), token())
			.status()).isEqualTo(400);
	}

	@Test
	void theShiftIsReadFromTheCalendarOfTheLinesSiteUnlessGiven() {
		String code = this.given.defectCode("漏冲孔", "Missing hole");
		// 11:00 and 22:00 in Shanghai
		Map<String, Object> day = defect(code, 1, Instant.parse("2025-06-03T03:00:00Z"));
		day.put("lineId", this.given.line);
		Map<String, Object> night = defect(code, 1, Instant.parse("2025-06-03T14:00:00Z"));
		night.put("lineId", this.given.line);
		Map<String, Object> given = defect(code, 1, Instant.parse("2025-06-03T14:00:00Z"));
		given.put("lineId", this.given.line);
		given.put("shiftName", "加班");
		assertThat(this.api.post("/api/v1/quality/defects", token(), day).json().get("shiftName").asString())
			.isEqualTo("白班");
		assertThat(this.api.post("/api/v1/quality/defects", token(), night).json().get("shiftName").asString())
			.isEqualTo("夜班");
		assertThat(this.api.post("/api/v1/quality/defects", token(), given).json().get("shiftName").asString())
			.isEqualTo("加班");
	}

	@Test
	void badDefectInputIsNamedFieldByField() {
		String code = this.given.defectCode("尺寸超差", "Out of tolerance");
		Map<String, Object> bad = new HashMap<>();
		bad.put("codeId", code);
		bad.put("quantity", 0);
		bad.put("drawingX", 0.5);
		bad.put("supplierId", this.given.customer("某客户"));
		bad.put("lineId", "00000000-0000-0000-0000-00000000000a");
		bad.put("foundAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
		Api.Answer answer = this.api.post("/api/v1/quality/defects", token(), bad);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fields(answer)).containsExactlyInAnyOrder("itemId", "quantity", "drawingX", "supplierId", "lineId",
				"foundAt");

		Map<String, Object> outside = defect(code, 1, Instant.now().minusSeconds(60));
		outside.put("drawingX", 1.5);
		outside.put("drawingY", 0.2);
		Api.Answer drawing = this.api.post("/api/v1/quality/defects", token(), outside);
		assertThat(drawing.status()).isEqualTo(400);
		assertThat(fields(drawing)).containsExactly("drawingX");

		Api.Answer notJson = this.api.postRaw("/api/v1/quality/defects", token(), "application/json", "{quantity:");
		assertThat(notJson.status()).isEqualTo(400);
	}

	@Test
	void aPhotoIsCheckedByItsBytesAndItsSize() {
		String code = this.given.defectCode("压伤", "Dent");
		Map<String, Object> draft = defect(code, 2, Instant.now().minusSeconds(120));
		draft.put("location", "左侧安装孔边缘");
		draft.put("drawingX", 0.25);
		draft.put("drawingY", 0.75);
		Api.Answer created = this.api.post("/api/v1/quality/defects", token(), draft);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.json().get("drawingX").asDouble()).isEqualTo(0.25);

		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		Api.Answer uploaded = this.api.upload("/api/v1/quality/defects/" + id + "/photo", token(), "dent.png", png);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.json().get("contentType").asString()).isEqualTo("image/png");
		Api.Download photo = this.api.download("/api/v1/quality/defects/" + id + "/photo", token());
		assertThat(photo.status()).isEqualTo(200);
		assertThat(photo.bytes()).isEqualTo(png);
		assertThat(photo.header("Content-Type")).isEqualTo("image/png");

		Api.Answer text = this.api.upload("/api/v1/quality/defects/" + id + "/photo", token(), "dent.jpg",
				"not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(400);
		assertThat(fields(text)).containsExactly("file");
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		huge[0] = (byte) 0xFF;
		huge[1] = (byte) 0xD8;
		huge[2] = (byte) 0xFF;
		Api.Answer tooLarge = this.api.upload("/api/v1/quality/defects/" + id + "/photo", token(), "big.jpg", huge);
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(
				this.api.get("/api/v1/quality/defects/" + id, token()).json().get("photo").get("fileName").asString())
			.isEqualTo("dent.png");
	}

	private Map<String, Object> defect(String codeId, int quantity, Instant at) {
		Map<String, Object> body = new HashMap<>();
		body.put("codeId", codeId);
		body.put("itemId", this.given.itemId);
		body.put("quantity", quantity);
		body.put("foundAt", at.toString());
		return body;
	}

	/** A past hour of its own, so tests sharing the tenant do not count each other. */
	static Instant window() {
		return Instant.parse("2025-01-01T00:00:00Z")
			.plus(ThreadLocalRandom.current().nextInt(0, 300 * 24), ChronoUnit.HOURS);
	}

	static List<String> fields(Api.Answer answer) {
		List<String> fields = new ArrayList<>();
		answer.json().get("errors").forEach((e) -> fields.add(e.get("field").asString()));
		return fields;
	}

	private String token() {
		return this.given.token();
	}

}
