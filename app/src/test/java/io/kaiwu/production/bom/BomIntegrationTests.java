package io.kaiwu.production.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.production.resource.PlantFixtures;
import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BOMs over real HTTP and SQL: the effective version by date, refusals that name the line
 * or the cycle's path, the explosion's cumulative quantities and where-used, all worked
 * out by hand.
 */
@KaiwuIntegrationTest
class BomIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	PlantFixtures f;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.f = new PlantFixtures(this.api);
		// 输出轴 A (first half of 2026): 1 粗车件; 粗车件 1 (open-ended): 2.5 kg steel at 4 %
		// scrap,
		// 0.1 kg oil
		this.f.post("/api/v1/production/boms",
				bom(this.f.finished, "A", "2026-01-01", "2026-06-30", List.of(line(this.f.semi, "1", null))));
		this.f.post("/api/v1/production/boms", bom(this.f.semi, "1", "2026-01-01", null,
				List.of(line(this.f.steel, "2.5", "4"), line(this.f.paint, "0.1", null))));
	}

	@Test
	void theVersionEffectiveOnADayIsChosen() {
		this.f.post("/api/v1/production/boms",
				bom(this.f.finished, "B", "2026-07-01", null, List.of(line(this.f.semi, "2", null))));
		assertThat(effective("2026-06-30").get("version").asString()).isEqualTo("A");
		assertThat(effective("2026-07-01").get("version").asString()).isEqualTo("B");
		assertThat(effective("2026-07-01").get("lines").get(0).get("quantity").asString()).isEqualTo("2");
		Api.Answer before = this.api
			.get("/api/v1/production/boms/effective?itemId=" + this.f.finished + "&on=2025-12-31", this.f.token());
		assertThat(before.status()).isEqualTo(404);
	}

	@Test
	void overlappingVersionsAreRefused() {
		Api.Answer answer = this.api.post("/api/v1/production/boms", this.f.token(),
				bom(this.f.finished, "C", "2026-06-01", null, List.of(line(this.f.semi, "1", null))));
		assertThat(answer.status()).isEqualTo(409);
		assertThat(answer.json().get("detail").asString()).contains("「A」").contains("2026-06-30");
	}

	@Test
	void aCycleIsRefusedWithItsPathAndVersions() {
		String rm = this.f.itemCode(this.f.steel);
		String fg = this.f.itemCode(this.f.finished);
		String sf = this.f.itemCode(this.f.semi);
		Api.Answer answer = this.api.post("/api/v1/production/boms", this.f.token(), bom(this.f.steel, "X",
				"2026-03-01", null, List.of(line(this.f.paint, "1", null), line(this.f.finished, "1", null))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("lines[1].componentItemId");
		assertThat(error.get("message").asString())
			.contains(rm + " (X) → " + fg + " (A) → " + sf + " (1) → " + rm + " (X)");
		// from July on the finished good has no BOM: the chain is never effective at once
		Api.Answer later = this.api.post("/api/v1/production/boms", this.f.token(),
				bom(this.f.steel, "Y", "2026-07-01", null, List.of(line(this.f.finished, "1", null))));
		assertThat(later.status()).as(later.body()).isEqualTo(201);
		// and the finished good may not get a version B from July now: it would close the
		// loop
		Api.Answer closing = this.api.post("/api/v1/production/boms", this.f.token(),
				bom(this.f.finished, "B", "2026-07-01", null, List.of(line(this.f.semi, "1", null))));
		assertThat(closing.status()).isEqualTo(400);
		assertThat(closing.json().get("errors").get(0).get("message").asString())
			.contains(fg + " (B) → " + sf + " (1) → " + rm + " (Y) → " + fg + " (B)");
	}

	@Test
	void anUnknownComponentIsNamedWithItsLine() {
		Api.Answer answer = this.api.post("/api/v1/production/boms", this.f.token(),
				bom(this.f.steel, "Z", "2026-01-01", null,
						List.of(line(this.f.paint, "1", null), line(UUID.randomUUID().toString(), "1", null))));
		assertThat(answer.status()).isEqualTo(400);
		JsonNode error = answer.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("lines[1].componentItemId");
		assertThat(error.get("message").asString()).contains("第 2 行");
	}

	@Test
	void theExplosionCarriesCumulativeQuantitiesAndWhereUsedGoesUp() {
		JsonNode rows = this.api
			.get("/api/v1/production/boms/explosion?itemId=" + this.f.finished + "&on=2026-05-01&quantity=10",
					this.f.token())
			.json();
		List<String> tree = new ArrayList<>();
		rows.forEach((r) -> tree.add(r.get("level").asInt() + " " + r.get("itemId").asString() + " "
				+ r.get("perParent").asString() + " " + r.get("quantity").asString()));
		// 10 shafts → 10 blanks → 10 × 2.5 × 1.04 = 26 kg steel, 10 × 0.1 = 1 kg oil
		assertThat(tree).containsExactly("0 " + this.f.finished + " 1 10", "1 " + this.f.semi + " 1 10",
				"2 " + this.f.steel + " 2.6 26", "2 " + this.f.paint + " 0.1 1");

		JsonNode used = this.api.get("/api/v1/production/boms/where-used?itemId=" + this.f.steel, this.f.token())
			.json();
		List<String> up = new ArrayList<>();
		used.forEach((u) -> up
			.add(u.get("level").asInt() + " " + u.get("itemId").asString() + " " + u.get("version").asString()));
		assertThat(up).containsExactly("1 " + this.f.semi + " 1", "2 " + this.f.finished + " A");
	}

	private JsonNode effective(String on) {
		Api.Answer answer = this.api.get("/api/v1/production/boms/effective?itemId=" + this.f.finished + "&on=" + on,
				this.f.token());
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	static Map<String, Object> bom(String item, String version, String from, String to,
			List<Map<String, Object>> lines) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("itemId", item, "version", version, "validFrom", from, "lines", lines));
		if (to != null) {
			body.put("validTo", to);
		}
		return body;
	}

	static Map<String, Object> line(String component, String quantity, String scrap) {
		Map<String, Object> line = new java.util.HashMap<>(Map.of("componentItemId", component, "quantity", quantity));
		if (scrap != null) {
			line.put("scrapPercent", scrap);
		}
		return line;
	}

}
