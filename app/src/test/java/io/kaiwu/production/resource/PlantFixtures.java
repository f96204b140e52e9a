package io.kaiwu.production.resource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the production master data tests, over the REST API: plant P1
 * (Asia/Shanghai, one day shift 08:00–16:00 with a break 12:00–12:30 every day) with a
 * line and two machines, plant P2 without a shift calendar and one machine, and items (a
 * finished good, a semi-finished part, two raw materials).
 */
public final class PlantFixtures {

	public final Api api;

	public final Tenants.FreshTenant tenant;

	public final String plant;

	public final String otherPlant;

	public final String lathe;

	public final String mill;

	public final String farMachine;

	public final String finished;

	public final String semi;

	public final String steel;

	public final String paint;

	public PlantFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, unique("生产企业"));
		this.plant = post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", "P1", "name", "一厂", "timeZone", "Asia/Shanghai"));
		this.otherPlant = post("/api/v1/structure/nodes",
				Map.of("level", "SITE", "code", "P2", "name", "二厂", "timeZone", "Asia/Shanghai"));
		String area = post("/api/v1/structure/nodes",
				Map.of("parentId", this.plant, "level", "AREA", "code", "P1-A", "name", "机加车间"));
		String line = post("/api/v1/structure/nodes",
				Map.of("parentId", area, "level", "LINE", "code", "P1-L1", "name", "机加一线"));
		post("/api/v1/shift-calendars",
				Map.of("siteId", this.plant, "name", "一厂白班", "workingDays",
						List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "shifts",
						List.of(Map.of("name", "白班", "start", "08:00", "end", "16:00", "breaks",
								List.of(Map.of("start", "12:00", "end", "12:30"))))));
		this.lathe = machine("CK", "数控车床", line);
		this.mill = machine("VMC", "立式加工中心", line);
		this.farMachine = machine("IMM", "注塑机", this.otherPlant);
		String pcs = post("/api/v1/units", Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		String kg = post("/api/v1/units", Map.of("code", unique("kg"), "name", "千克", "dimension", "MASS"));
		this.finished = item("FG", "减速器输出轴", "FINISHED", pcs);
		this.semi = item("SF", "输出轴粗车件", "SEMI_FINISHED", pcs);
		this.steel = item("RM", "42CrMo 圆钢", "RAW_MATERIAL", kg);
		this.paint = item("RM", "防锈油", "RAW_MATERIAL", kg);
	}

	public String token() {
		return this.tenant.adminToken();
	}

	public String workCentre(String plant, String code) {
		return post("/api/v1/production/work-centres", Map.of("plantId", plant, "code", code, "name", "工作中心 " + code));
	}

	public String resource(String workCentre, String code, String machine) {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("workCentreId", workCentre, "code", code, "name", "资源 " + code, "costPerHour", "85.5"));
		if (machine != null) {
			body.put("equipmentId", machine);
		}
		return post("/api/v1/production/resources", body);
	}

	public String itemCode(String item) {
		return this.api.get("/api/v1/items/" + item, token()).json().get("code").asString();
	}

	public String post(String path, Object body) {
		Api.Answer answer = this.api.post(path, token(), body);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
		return answer.json().get("id").asString();
	}

	private String machine(String code, String name, String node) {
		return post("/api/v1/equipment",
				Map.of("code", unique(code), "name", name, "nodeId", node, "criticality", "B"));
	}

	private String item(String prefix, String name, String kind, String unit) {
		return post("/api/v1/items", Map.of("code", unique(prefix), "name", name, "kind", kind, "baseUnitId", unit));
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
	}

}
