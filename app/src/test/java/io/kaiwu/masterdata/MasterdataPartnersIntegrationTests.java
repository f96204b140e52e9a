package io.kaiwu.masterdata;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.shared.TenantId;
import io.kaiwu.support.KaiwuIntegrationTest;
import io.kaiwu.support.Tenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.kaiwu.masterdata.MasterdataFixtures.demoToken;
import static io.kaiwu.masterdata.MasterdataFixtures.fields;
import static io.kaiwu.masterdata.MasterdataFixtures.unique;
import static io.kaiwu.masterdata.MasterdataItemsIntegrationTests.errors;
import static org.assertj.core.api.Assertions.assertThat;

@KaiwuIntegrationTest
class MasterdataPartnersIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	String demo;

	@Autowired
	PartnerCatalog catalog;

	@BeforeEach
	void client() {
		this.api = new Api(this.port);
		this.demo = demoToken(this.api);
	}

	@Test
	void createsAPartnerThatIsSupplierAndCustomerUpdatesAndDeletesIt() {
		String code = unique("BP");
		Map<String, Object> form = new HashMap<>(
				Map.of("code", code, "name", "昆山精密铸造有限公司", "supplier", true, "supplierTier", 2, "customer", true,
						"contactPerson", "周工", "email", "zhou@example.cn", "region", "中国"));
		Api.Answer created = this.api.post("/api/v1/partners", this.demo, form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(this.api.get("/api/v1/partners?role=CUSTOMER&q=" + code, this.demo).json().get("total").asLong())
			.isEqualTo(1);
		assertThat(
				this.api.get("/api/v1/partners?role=SUPPLIER&tier=2&q=" + code, this.demo).json().get("total").asLong())
			.isEqualTo(1);
		form.put("supplier", false);
		Api.Answer updated = this.api.put("/api/v1/partners/" + id, this.demo, form);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("supplierTier").isNull()).isTrue();
		assertThat(this.api.delete("/api/v1/partners/" + id, this.demo).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/partners/" + id, this.demo).status()).isEqualTo(404);
	}

	@Test
	void otherModulesReadAPartnerByIdOrCodeButNeverAnotherTenantsPartner() {
		Tenants.FreshTenant tenant = Tenants.fresh(this.api, "伙伴目录测试");
		String code = unique("SUP");
		Api.Answer created = this.api.post("/api/v1/partners", tenant.adminToken(),
				Map.of("code", code, "name", "宁波活塞环厂", "supplier", true, "supplierTier", 1, "customer", false));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		UUID id = UUID.fromString(created.json().get("id").asString());
		TenantId owner = TenantId.of(UUID.fromString(tenant.id()));
		PartnerCatalog.PartnerSummary byId = this.catalog.partner(owner, id).orElseThrow();
		assertThat(byId.code()).isEqualTo(code);
		assertThat(byId.supplier()).isTrue();
		assertThat(byId.supplierTier()).isEqualTo(1);
		assertThat(byId.grade()).isEqualTo(DataGrade.GENERAL);
		assertThat(this.catalog.byCode(owner, " " + code + " ")).contains(byId);
		TenantId stranger = TenantId.of(UUID.randomUUID());
		assertThat(this.catalog.partner(stranger, id)).isEmpty();
		assertThat(this.catalog.byCode(stranger, code)).isEmpty();
	}

	@Test
	void namesEachBadFieldOfAPartner() {
		Api.Answer bad = this.api.post("/api/v1/partners", this.demo,
				Map.of("code", "", "name", "", "supplierTier", 0, "email", "not-an-email"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).contains("code", "name", "supplierTier", "email");
		Api.Answer neither = this.api.post("/api/v1/partners", this.demo, Map.of("code", unique("BP"), "name", "x"));
		assertThat(neither.status()).isEqualTo(400);
		assertThat(fields(neither)).containsExactly("supplier");
		Api.Answer noTier = this.api.post("/api/v1/partners", this.demo,
				Map.of("code", unique("BP"), "name", "x", "supplier", true));
		assertThat(fields(noTier)).containsExactly("supplierTier");
		assertThat(this.api.get("/api/v1/partners?role=BOTH", this.demo).status()).isEqualTo(400);
	}

	@Test
	void importsGoodPartnerRowsOnlyWhenAsked() {
		String prefix = unique("PI");
		String csv = "\uFEFFcode,name,supplier,supplierTier,customer,contactPerson,email,region,grade\n" + prefix
				+ "-1,一级供应商,是,1,否,张三,a@b.cn,中国,一般\n" + prefix + "-2,缺层级,yes,,no,,,,\n" + prefix + "-3,两者皆非,no,,no,,,,\n"
				+ prefix + "-4,层级超限,yes,12,no,,bad-mail,,\n" + prefix + "-5,客户,no,,yes,,,德国,重要\n";
		JsonNode refused = this.api
			.upload("/api/v1/partners/import", this.demo, "partners.csv", csv.getBytes(StandardCharsets.UTF_8))
			.json();
		assertThat(refused.get("imported").asInt()).isZero();
		assertThat(errors(refused)).containsExactlyInAnyOrder("3:supplierTier", "4:supplier", "5:supplierTier",
				"5:email");
		assertThat(this.api.get("/api/v1/partners?q=" + prefix, this.demo).json().get("total").asLong()).isZero();
		JsonNode good = this.api
			.upload("/api/v1/partners/import?goodRowsOnly=true", this.demo, "partners.csv",
					csv.getBytes(StandardCharsets.UTF_8))
			.json();
		assertThat(good.get("imported").asInt()).isEqualTo(2);
		assertThat(this.api.get("/api/v1/partners?q=" + prefix, this.demo).json().get("total").asLong()).isEqualTo(2);
	}

	@Test
	void keepsTheDataCategoryCatalogue() {
		String code = unique("DC");
		Api.Answer created = this.api.post("/api/v1/data-categories", this.demo,
				Map.of("code", code, "name", "设备运行数据", "description", "遥测与状态", "grade", "IMPORTANT"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		Api.Answer updated = this.api.put("/api/v1/data-categories/" + id, this.demo,
				Map.of("code", code, "name", "设备运行数据", "grade", "CORE"));
		assertThat(updated.json().get("grade").asString()).isEqualTo("CORE");
		Api.Answer bad = this.api.post("/api/v1/data-categories", this.demo, Map.of("code", code, "name", "x"));
		assertThat(fields(bad)).containsExactly("grade");
		Api.Answer taken = this.api.post("/api/v1/data-categories", this.demo,
				Map.of("code", code, "name", "x", "grade", "GENERAL"));
		assertThat(fields(taken)).containsExactly("code");
		assertThat(this.api.delete("/api/v1/data-categories/" + id, this.demo).status()).isEqualTo(204);
		assertThat(this.api.get("/api/v1/data-categories/" + id, this.demo).status()).isEqualTo(404);
	}

}
