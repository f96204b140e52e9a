package io.kaiwu.production.configurator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kaiwu.support.Api;
import io.kaiwu.support.KaiwuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configurator over real HTTP and SQL: an engineer defines the gear shaft, evaluates
 * selections (ruled-out options with their reasons, the variant's BOM and routing),
 * orders a variant (a released production order whose work orders include the option's
 * extra step), plans (the schedule holds that order's operations, the extra step among
 * them), and orders the same selection again (the same variant item, BOM and routing).
 * Bad selections and definitions are refused naming the option or rule at fault.
 */
@KaiwuIntegrationTest
class ConfiguratorIntegrationTests {

	@LocalServerPort
	int port;

	private ConfiguratorFixtures f;

	@BeforeEach
	void plant() {
		this.f = new ConfiguratorFixtures(new Api(this.port));
	}

	@Test
	void aConfiguredOrderIsReleasedWithItsVariantBomAndRoutingAndScheduledLikeAnyOther() {
		String product = this.f.product();

		JsonNode partial = evaluate(product, "MAT-45", "SURF-BLK");
		assertThat(partial.get("orderable").asBoolean()).isFalse();
		assertThat(kinds(partial.get("refusals"))).containsExactly("REQUIRED_GROUP");
		JsonNode induction = option(partial, "HT-IND");
		assertThat(induction.get("available").asBoolean()).isFalse();
		assertThat(induction.get("reasons").get(0).asString()).contains("HT-IND")
			.contains("MAT-40CR")
			.contains("MAT-45");
		assertThat(option(partial, "SURF-ZN").get("available").asBoolean()).isFalse();
		assertThat(option(partial, "MAT-40CR").get("available").asBoolean()).isTrue();

		JsonNode full = evaluate(product, "SURF-BLK", "HT-IND", "MAT-40CR");
		assertThat(full.get("orderable").asBoolean()).as(full.toString()).isTrue();
		String code = full.get("variantCode").asString();
		assertThat(code).startsWith(this.f.shaftCode + "-").hasSize(this.f.shaftCode.length() + 9);
		assertThat(evaluate(product, "MAT-40CR", "HT-IND", "SURF-BLK").get("variantCode").asString()).isEqualTo(code);
		List<String> bomCodes = new ArrayList<>();
		full.get("bom").forEach((l) -> bomCodes.add(l.get("code").asString()));
		assertThat(bomCodes).hasSize(2).first().isEqualTo(this.f.blank40CrCode);
		List<String> operations = new ArrayList<>();
		full.get("routing").forEach((s) -> operations.add(s.get("operationCode").asString()));
		assertThat(operations).containsExactly("OP10", "OP20", "OP30");
		assertThat(full.at("/routing/0/runSecondsPerUnit").asDouble()).isEqualTo(225.0);

		String due = LocalDate.now().plusDays(5).toString();
		Api.Answer ordered = this.f.api.post("/api/v1/production/configurator/products/" + product + "/configurations",
				this.f.token(), Map.of("options", List.of("HT-IND", "MAT-40CR", "SURF-BLK"), "quantity", 40, "dueDate",
						due, "customerCode", this.f.customerCode));
		assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
		JsonNode configuration = ordered.json();
		assertThat(configuration.get("variantCode").asString()).isEqualTo(code);
		String variant = configuration.get("variantItemId").asString();
		String productionOrder = configuration.get("productionOrderId").asString();

		JsonNode released = get("/api/v1/production/production-orders/" + productionOrder);
		JsonNode order = released.get("order");
		assertThat(order.get("status").asString()).isEqualTo("RELEASED");
		assertThat(order.get("itemId").asString()).isEqualTo(variant);
		assertThat(order.get("origin").asString()).isEqualTo("CUSTOMER_ORDER");
		assertThat(order.get("dueDate").asString()).isEqualTo(due);
		JsonNode bom = get("/api/v1/production/boms/effective?itemId=" + variant);
		List<String> components = new ArrayList<>();
		bom.get("lines").forEach((l) -> components.add(l.get("componentItemId").asString()));
		assertThat(components).containsExactly(this.f.blank40Cr, this.f.blackening);
		JsonNode routing = get("/api/v1/production/routings/effective?itemId=" + variant);
		assertThat(routing.at("/steps/2/operationCode").asString()).isEqualTo("OP30");
		assertThat(routing.at("/steps/2/workCentreId").asString()).isEqualTo(this.f.heat);
		assertThat(routing.at("/steps/0/runTimePerUnit").asString()).isEqualTo("PT3M45S");
		List<String> workOrders = new ArrayList<>();
		released.get("workOrders").forEach((w) -> workOrders.add(w.get("operationCode").asString()));
		assertThat(workOrders).containsExactlyInAnyOrder("OP10", "OP20", "OP30");

		Api.Answer planned = this.f.api.post("/api/v1/production/schedules", this.f.token(), Map.of("note", "C2M"));
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		Map<String, String> scheduled = new HashMap<>();
		planned.json().get("rows").forEach((r) -> {
			if (r.get("productionOrderId").asString().equals(productionOrder)) {
				scheduled.put(r.get("operation").asString(), r.get("resourceId").asString());
			}
		});
		assertThat(scheduled).hasSize(3);
		assertThat(scheduled.entrySet())
			.anyMatch((e) -> e.getKey().contains("OP30") && e.getValue().equals(this.f.coil));

		Api.Answer again = this.f.api.post("/api/v1/production/configurator/products/" + product + "/configurations",
				this.f.token(), Map.of("options", List.of("MAT-40CR", "SURF-BLK", "HT-IND"), "quantity", 10, "dueDate",
						due, "customerCode", this.f.customerCode));
		assertThat(again.status()).as(again.body()).isEqualTo(201);
		assertThat(again.json().get("variantItemId").asString()).isEqualTo(variant);
		assertThat(again.json().get("productionOrderId").asString()).isNotEqualTo(productionOrder);
		assertThat(get("/api/v1/production/boms?itemId=" + variant).size()).isEqualTo(1);
		assertThat(get("/api/v1/production/routings?itemId=" + variant).size()).isEqualTo(1);
		assertThat(evaluate(product, "HT-IND", "MAT-40CR", "SURF-BLK").get("variantItemId").asString())
			.isEqualTo(variant);
		assertThat(get("/api/v1/production/configurator/products/" + product + "/configurations").size()).isEqualTo(2);
	}

	@Test
	void anOrderOfAnInconsistentSelectionIsRefusedWithEveryReasonAndLeavesNothingBehind() {
		String product = this.f.product();
		Api.Answer refused = this.f.api.post("/api/v1/production/configurator/products/" + product + "/configurations",
				this.f.token(), Map.of("options", List.of("HT-IND", "MAT-45", "SURF-BLK", "SURF-ZN", "PAINT"),
						"quantity", 0, "dueDate", "soon", "customerCode", this.f.customerCode));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw().headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		List<String> messages = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach((e) -> {
			messages.add(e.get("message").asString());
			fields.add(e.get("field").asString());
		});
		assertThat(String.join("\n", messages)).contains("PAINT")
			.contains("HT-IND REQUIRES MAT-40CR")
			.contains("SURF-BLK EXCLUDES SURF-ZN");
		assertThat(fields).contains("options", "quantity", "dueDate");
		assertThat(get("/api/v1/production/configurator/products/" + product + "/configurations").size()).isZero();
		assertThat(this.f.api.get("/api/v1/production/production-orders", this.f.token()).json().get("items").size())
			.isZero();
	}

	@Test
	void aDefinitionIsRefusedNamingTheGroupOptionOrRuleAtFault() {
		Map<String, Object> bad = new HashMap<>(this.f.definition());
		bad.put("rules", List.of(Map.of("kind", "REQUIRES", "option", "HT-IND", "other", "MAT-99"),
				Map.of("kind", "IMPLIES", "option", "HT-QT", "other", "MAT-45")));
		Api.Answer refused = this.f.api.post("/api/v1/production/configurator/products", this.f.token(), bad);
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach((e) -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("rules[0].other", "rules[1].kind");
		assertThat(refused.body()).contains("MAT-99").contains("IMPLIES");

		Map<String, Object> wrongCentre = new HashMap<>(this.f.definition());
		wrongCentre.put("groups",
				List.of(Map.of("code", "HT", "name", "热处理", "options",
						List.of(Map.of("code", "HT-IND", "name", "感应淬火", "effects",
								List.of(Map.of("kind", "EXTRA_STEP", "sequence", 30, "operationCode", "OP30",
										"operationName", "感应淬火", "workCentreId", this.f.turning, "resources",
										List.of(Map.of("resourceId", this.f.coil)))))))));
		wrongCentre.put("rules", List.of());
		Api.Answer centre = this.f.api.post("/api/v1/production/configurator/products", this.f.token(), wrongCentre);
		assertThat(centre.status()).isEqualTo(400);
		assertThat(centre.json().at("/errors/0/field").asString())
			.isEqualTo("groups[0].options[0].effects[0].resources[0].resourceId");
		assertThat(centre.json().at("/errors/0/message").asString()).contains("HT-IND");

		String product = this.f.product();
		Api.Answer twice = this.f.api.post("/api/v1/production/configurator/products", this.f.token(),
				this.f.definition());
		assertThat(twice.status()).as(twice.body()).isEqualTo(409);
		assertThat(twice.body()).contains(this.f.shaftCode);
		Api.Answer viewer = this.f.api.get("/api/v1/production/configurator/products/" + product, this.f.token());
		assertThat(viewer.json().at("/definition/groups/0/options/1/effects/0/kind").asString())
			.isEqualTo("EXTRA_STEP");

		Map<String, Object> changed = new HashMap<>(this.f.definition());
		changed.put("name", "齿轮轴 C2M");
		changed.put("rules", List.of(Map.of("kind", "EXCLUDES", "option", "HT-IND", "other", "SURF-ZN")));
		Api.Answer updated = this.f.api.put("/api/v1/production/configurator/products/" + product, this.f.token(),
				changed);
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("name").asString()).isEqualTo("齿轮轴 C2M");
		assertThat(updated.json().at("/definition/rules").size()).isEqualTo(1);
		assertThat(kinds(evaluate(product, "HT-IND", "MAT-45", "SURF-ZN").get("refusals"))).containsExactly("EXCLUDES");
		changed.put("baseItemId", this.f.blank45);
		Api.Answer moved = this.f.api.put("/api/v1/production/configurator/products/" + product, this.f.token(),
				changed);
		assertThat(moved.status()).isEqualTo(400);
		assertThat(moved.json().at("/errors/0/field").asString()).isEqualTo("baseItemId");
	}

	@Test
	void twoFirstOrdersOfTheSameVariantAtOnceNeverFailHalfway() throws Exception {
		String product = this.f.product();
		String path = "/api/v1/production/configurator/products/" + product + "/configurations";
		Map<String, Object> body = Map.of("options", List.of("HT-QT", "MAT-40CR"), "quantity", 5, "dueDate",
				LocalDate.now().plusDays(3).toString(), "customerCode", this.f.customerCode);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		List<java.util.concurrent.Future<Api.Answer>> answers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.f.api.post(path, this.f.token(), body);
			}));
		}
		start.countDown();
		List<String> variants = new ArrayList<>();
		for (java.util.concurrent.Future<Api.Answer> answer : answers) {
			Api.Answer a = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(a.status()).as(a.body()).isIn(201, 409);
			if (a.status() == 201) {
				variants.add(a.json().get("variantItemId").asString());
			}
		}
		pool.shutdown();
		assertThat(variants).isNotEmpty();
		assertThat(variants.stream().distinct()).hasSize(1);
		assertThat(get(path).size()).isEqualTo(variants.size());
		assertThat(get("/api/v1/production/routings?itemId=" + variants.get(0)).size()).isEqualTo(1);
	}

	@Test
	void theDemoGearShaftIsConfigurable() {
		String demo = this.f.api.token("demo", KaiwuIntegrationTest.DEMO_PASSWORD);
		JsonNode products = this.f.api.get("/api/v1/production/configurator/products", demo).json();
		String product = null;
		for (JsonNode p : products) {
			if (p.get("baseItemCode").asString().equals("FG-GS-200")) {
				product = p.get("id").asString();
			}
		}
		assertThat(product).as(products.toString()).isNotNull();
		String path = "/api/v1/production/configurator/products/" + product + "/evaluate";
		JsonNode hardened = this.f.api.post(path, demo, Map.of("options", List.of("HT-IND", "PREC-HI"))).json();
		assertThat(hardened.get("orderable").asBoolean()).as(hardened.toString()).isTrue();
		List<String> operations = new ArrayList<>();
		hardened.get("routing").forEach((s) -> operations.add(s.get("operationCode").asString()));
		assertThat(operations).containsExactly("OP10", "OP20", "OP30", "OP40");
		JsonNode kit = this.f.api.post(path, demo, Map.of("options", List.of("HT-IND", "PREC-HI", "KIT-SLV"))).json();
		assertThat(kinds(kit.get("refusals"))).containsExactly("EXCLUDES");
	}

	private JsonNode evaluate(String product, String... options) {
		Api.Answer answer = this.f.api.post("/api/v1/production/configurator/products/" + product + "/evaluate",
				this.f.token(), Map.of("options", List.of(options)));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json();
	}

	private JsonNode get(String path) {
		Api.Answer answer = this.f.api.get(path, this.f.token());
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
		return answer.json();
	}

	private static JsonNode option(JsonNode evaluation, String code) {
		for (JsonNode o : evaluation.get("options")) {
			if (o.get("code").asString().equals(code)) {
				return o;
			}
		}
		throw new AssertionError("no option " + code);
	}

	private static List<String> kinds(JsonNode refusals) {
		List<String> kinds = new ArrayList<>();
		refusals.forEach((r) -> kinds.add(r.get("kind").asString()));
		return kinds;
	}

}
