package io.kaiwu.production.resource;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The production master data pages as an engineer uses them: work centres and resources
 * added through the forms, a BOM written in the editor and exploded, a refused line shown
 * with its reason, a routing and the setup matrix grid, in both languages.
 */
@KaiwuIntegrationTest
class ProductionPagesIntegrationTests {

	private static final Pattern BOM = Pattern.compile("/production/boms/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	PlantFixtures f;

	PageSession session;

	@BeforeEach
	void setUp() {
		this.f = new PlantFixtures(new Api(this.port));
		this.session = PageSession.signIn(this.port, this.f.tenant.adminUsername(), "Settled-Passw0rd-7");
	}

	@Test
	void workCentresAndResourcesAreAddedThroughTheForms() {
		String page = this.session.get("/production/work-centres").body();
		assertThat(page).contains("id=\"new-centre\"").contains("一厂");
		this.session.post("/production/work-centres", "/production/work-centres",
				Map.of("plantId", this.f.plant, "code", "WC-TURN", "name", "数控车削", "_csrf", PageSession.csrf(page)));
		page = this.session.get("/production/work-centres").body();
		assertThat(page).contains("WC-TURN").contains("id=\"new-resource\"");
		String centre = this.f.api.get("/api/v1/production/work-centres", this.f.token())
			.json()
			.get(0)
			.get("id")
			.asString();
		this.session.post("/production/resources", "/production/work-centres",
				Map.of("workCentreId", centre, "code", "R-CK1", "name", "车床一号", "equipmentId", this.f.lathe,
						"costPerHour", "120", "_csrf", PageSession.csrf(page)));
		page = this.session.get("/production/work-centres").body();
		assertThat(page).contains("R-CK1").contains("车床一号");
		String resource = this.f.api.get("/api/v1/production/resources", this.f.token())
			.json()
			.get(0)
			.get("id")
			.asString();
		assertThat(this.session.get("/production/resources/" + resource).body()).contains("id=\"free-windows\"")
			.contains("Asia/Shanghai");
		assertThat(this.session.get("/production/work-centres?lang=en").body()).contains("Work centres and resources");
		this.session.get("/production/work-centres?lang=zh-CN");
	}

	@Test
	void aBomWrittenInTheEditorIsExplodedAndABadLineIsShownWithItsReason() {
		String page = this.session.get("/production/boms").body();
		Map<String, String> form = new LinkedHashMap<>(Map.of("item", this.f.itemCode(this.f.semi), "version", "A",
				"baseQuantity", "1", "validFrom", "2026-01-01", "component", this.f.itemCode(this.f.steel), "quantity",
				"2.5", "scrap", "4", "_csrf", PageSession.csrf(page)));
		HttpResponse<String> created = this.session.post("/production/boms", "/production/boms", form);
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher id = BOM.matcher(created.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).as(created.headers().toString()).isTrue();
		String bom = this.session.get("/production/boms/" + id.group(1) + "?on=2026-03-01&quantity=10").body();
		assertThat(bom).contains("id=\"bom-tree\"").contains("42CrMo").contains(">26<").contains("id=\"edit-bom\"");

		form.put("component", "NO-SUCH-ITEM");
		form.put("version", "B");
		form.put("validFrom", "2027-01-01");
		form.put("_csrf", PageSession.csrf(bom));
		this.session.post("/production/boms", "/production/boms", form);
		assertThat(this.session.get("/production/boms").body()).contains("id=\"production-errors\"")
			.contains("NO-SUCH-ITEM");
	}

	@Test
	void routingsAndTheSetupMatrixRender() {
		String centre = this.f.workCentre(this.f.plant, "WC-MILL");
		String resource = this.f.resource(centre, "R-VMC1", this.f.mill);
		this.f.post("/api/v1/production/routings",
				Map.of("itemId", this.f.finished, "version", "A", "productFamily", "轴类", "validFrom", "2026-01-01",
						"steps",
						List.of(Map.of("sequence", 10, "operationCode", "OP10", "name", "铣键槽", "workCentreId", centre,
								"resources", List.of(Map.of("resourceId", resource, "speedFactor", "1.2")),
								"runSecondsPerUnit", "150"))));
		String list = this.session.get("/production/routings").body();
		assertThat(list).contains("轴类").contains("id=\"new-routing\"");
		String routing = this.f.api.get("/api/v1/production/routings", this.f.token())
			.json()
			.get(0)
			.get("id")
			.asString();
		assertThat(this.session.get("/production/routings/" + routing).body()).contains("R-VMC1*1.2").contains("铣键槽");
		String grid = this.session.get("/production/setup-matrix/" + centre).body();
		assertThat(grid).contains("id=\"setup-grid\"").contains("轴类");
		this.session.post("/production/setup-matrix/" + centre, "/production/setup-matrix/" + centre,
				Map.of("from", "轴类", "to", "轴类", "minutes", "12", "_csrf", PageSession.csrf(grid)));
		assertThat(this.f.api.get("/api/v1/production/setup-matrix/" + centre, this.f.token())
			.json()
			.get("entries")
			.get(0)
			.get("setupMinutes")
			.asString()).isEqualTo("12");
	}

}
