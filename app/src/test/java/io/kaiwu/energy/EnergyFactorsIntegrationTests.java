package io.kaiwu.energy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published coefficients and factors over HTTP with their source, and a tenant's own
 * factor: the 2022 provincial factor of Fujian, 0.4092 tCO2/MWh (《关于发布2022年电力二氧化碳
 * 排放因子的公告》, as reported in the project's energy reference note §2.1).
 */
@KaiwuIntegrationTest
class EnergyFactorsIntegrationTests {

	static final String FACTORS = "/api/v1/energy/emission-factors";

	@LocalServerPort
	int port;

	Api api;

	String token;

	String code;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.token = this.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		this.code = "grid-fujian-2022-" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
	}

	@Test
	void publishedFactorsAndCoefficientsAreListedWithTheirSource() {
		JsonNode grid = find(this.api.get(FACTORS, this.token).json(), "grid-national-2023");
		assertThat(grid.get("value").decimalValue()).isEqualByComparingTo("0.5306");
		assertThat(grid.get("unit").asString()).isEqualTo("tCO2/MWh");
		assertThat(grid.get("scope").asString()).isEqualTo("SCOPE_2");
		assertThat(grid.get("dataYear").asInt()).isEqualTo(2023);
		assertThat(grid.get("source").asString()).contains("2023年电力二氧化碳排放因子");

		JsonNode electricity = find(this.api.get("/api/v1/energy/coal-coefficients", this.token).json(), "electricity");
		assertThat(electricity.get("kgcePerUnit").decimalValue()).isEqualByComparingTo("0.1229");
		assertThat(electricity.get("unit").asString()).isEqualTo("kgce/kWh");
		assertThat(electricity.get("standard").asString()).startsWith("GB/T 2589-2020");
	}

	@Test
	void aTenantsOwnFactorIsStoredBesideThePublishedOnes() {
		Api.Answer created = this.api.post(FACTORS, this.token, fujian());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("label").asString()).isEqualTo("tenant");

		JsonNode own = find(this.api.get(FACTORS, this.token).json(), this.code);
		assertThat(own.get("value").decimalValue()).isEqualByComparingTo("0.4092");
		assertThat(own.get("factorSet").asString()).isEqualTo("MEE-NBS-2022-provinces");
		assertThat(this.api.get("/api/v1/audit?entityType=energy-emission-factor&size=500", this.token).body())
			.contains(this.code);
	}

	@Test
	void aFactorWithoutAUnitOrWithOneThatDoesNotFitItsKindIsRefused() {
		Map<String, Object> noUnit = fujian();
		noUnit.remove("unit");
		assertThat(refusedField(noUnit)).isEqualTo("unit");

		Map<String, Object> gasUnit = fujian();
		gasUnit.put("unit", "kgCO2/Nm3");
		Api.Answer refused = this.api.post(FACTORS, this.token, gasUnit);
		assertThat(fields(refused)).containsExactly("unit");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("kgCO2/Nm3", "ELECTRICITY");

		Map<String, Object> wrongScope = fujian();
		wrongScope.put("scope", "SCOPE_1");
		assertThat(refusedField(wrongScope)).isEqualTo("scope");

		Map<String, Object> noSource = fujian();
		noSource.put("source", " ");
		assertThat(refusedField(noSource)).isEqualTo("source");

		Map<String, Object> taken = fujian();
		taken.put("code", "grid-national-2023");
		assertThat(refusedField(taken)).isEqualTo("code");

		assertThat(this.api.get(FACTORS, this.token).body()).doesNotContain(this.code);
	}

	private Map<String, Object> fujian() {
		return new HashMap<>(Map.of("code", this.code, "name", "福建省电力平均二氧化碳排放因子(2022)", "value", 0.4092, "unit",
				"tCO2/MWh", "kind", "ELECTRICITY", "scope", "SCOPE_2", "dataYear", 2022, "factorSet",
				"MEE-NBS-2022-provinces", "source", "生态环境部 国家统计局《关于发布2022年电力二氧化碳排放因子的公告》 省级因子表"));
	}

	private String refusedField(Map<String, Object> body) {
		Set<String> fields = fields(this.api.post(FACTORS, this.token, body));
		assertThat(fields).hasSize(1);
		return fields.iterator().next();
	}

	private static JsonNode find(JsonNode rows, String code) {
		for (JsonNode row : rows) {
			if (row.get("code").asString().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("no " + code + " in " + rows);
	}

	private static Set<String> fields(Api.Answer problem) {
		assertThat(problem.status()).as(problem.body()).isEqualTo(400);
		return Set.copyOf(problem.json().get("errors").findValuesAsString("field"));
	}

}
