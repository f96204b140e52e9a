package io.kaiwu.quality.nonconformance;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Real receiving inspections, recorded and judged over the inspection records' REST API:
 * the rejected lot opens an NCR against its supplier, and both lots count in the
 * supplier's score.
 */
@KaiwuIntegrationTest
class ReceivingInspectionNcrsIntegrationTests {

	private static final String RECORDS = "/api/v1/quality/inspection-records";

	@LocalServerPort
	int port;

	Api api;

	NonconformanceFixtures given;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.given = NonconformanceFixtures.of(this.api);
	}

	/**
	 * Two lots of a new supplier, 50 units sampled each: one accepted with no defect, one
	 * rejected with 2 nonconforming. By hand: lots 1/2 → 50; 2/100 = 20,000 PPM → 0 (at
	 * or above 10,000); one major NCR → 85; no 8D due: (40 × 50 + 30 × 0 + 20 × 85) / 90
	 * = 3,700 / 90 = 41.11.
	 */
	@Test
	void aRejectedReceivingLotOpensAnNcrAgainstItsSupplierAndCountsInItsScore() {
		String supplier = this.given.supplier("常州轴承");
		Api.Answer plan = this.api.post("/api/v1/quality/inspection-plans", token(),
				Map.of("itemId", this.given.itemId, "operation", "IQC 来料", "kind", "RECEIVING", "name",
						NonconformanceFixtures.unique("支架来料检验"), "characteristics",
						List.of(Map.of("code", "A1", "name", "外观", "type", "ATTRIBUTE", "defectTypes",
								List.of("划伤", "毛刺"), "sampleSize", 50, "frequency", Map.of("kind", "LOT"), "method",
								"目视"))));
		assertThat(plan.status()).as(plan.body()).isEqualTo(201);
		String planId = plan.json().get("id").asString();
		String characteristic = plan.json().get("characteristics").get(0).get("id").asString();

		String accepted = judge(planId, characteristic, supplier, "CZ-0001", 0, "ACCEPT");
		String rejected = judge(planId, characteristic, supplier, "CZ-0002", 2, "REJECT");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode ncrs = this.api.get("/api/v1/quality/ncrs?supplierId=" + supplier, token()).json();
			assertThat(ncrs.get("total").asLong()).isEqualTo(1);
			assertThat(this.api.get("/api/v1/quality/suppliers/" + supplier + "/score", token())
				.json()
				.get("score")
				.get("lots")
				.asInt()).isEqualTo(2);
		});
		JsonNode ncr = this.api.get("/api/v1/quality/ncrs?supplierId=" + supplier, token()).json().get("items").get(0);
		assertThat(ncr.get("inspectionRecordId").asString()).isEqualTo(rejected).isNotEqualTo(accepted);
		assertThat(ncr.get("lotNumber").asString()).isEqualTo("CZ-0002");
		assertThat(ncr.get("quantity").asInt()).isEqualTo(2);
		assertThat(ncr.get("title").asString()).contains("RECEIVING").contains(this.given.itemCode).contains("2/50");

		JsonNode score = this.api.get("/api/v1/quality/suppliers/" + supplier + "/score", token()).json().get("score");
		assertThat(score.get("acceptedLots").asInt()).isEqualTo(1);
		assertThat(score.get("inspectedUnits").asLong()).isEqualTo(100);
		assertThat(score.get("rejectedUnits").asLong()).isEqualTo(2);
		assertThat(score.get("ppm").asDouble()).isCloseTo(20_000.0, within(1e-6));
		assertThat(score.get("score").asDouble()).isCloseTo(3700.0 / 90, within(1e-6));
	}

	private String judge(String planId, String characteristic, String supplier, String lot, int nonconforming,
			String verdict) {
		Map<String, Object> subgroup = (nonconforming > 0)
				? Map.of("characteristicId", characteristic, "inspected", 50, "nonconforming", nonconforming, "defects",
						Map.of("划伤", nonconforming))
				: Map.of("characteristicId", characteristic, "inspected", 50, "nonconforming", 0);
		Api.Answer opened = this.api.post(RECORDS, token(),
				Map.of("planId", planId, "lotNumber", lot, "supplierId", supplier, "subgroups", List.of(subgroup)));
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		String id = opened.json().get("id").asString();
		Api.Answer judged = this.api.post(RECORDS + "/" + id + "/verdict", token(),
				Map.of("verdict", verdict, "note", "AQL 1.0"));
		assertThat(judged.status()).as(judged.body()).isEqualTo(200);
		return id;
	}

	private String token() {
		return this.given.token();
	}

}
