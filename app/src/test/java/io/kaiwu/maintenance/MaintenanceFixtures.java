package io.kaiwu.maintenance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.support.Api;
import io.kaiwu.support.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh enterprise for the maintenance tests, over the REST API: a site, a CNC device
 * type, and for each call of {@link #machine} a new device with one machine on it; a
 * spare-part item counted in pieces.
 */
final class MaintenanceFixtures {

	final Api api;

	final Tenants.FreshTenant tenant;

	final String site;

	final String deviceType;

	final String itemId;

	final String itemCode;

	private MaintenanceFixtures(Api api) {
		this.api = api;
		this.tenant = Tenants.fresh(api, unique("维修企业"));
		Api.Answer created = api.post("/api/v1/structure/nodes", token(),
				Map.of("level", "SITE", "code", "MT", "name", "维修工厂", "timeZone", "Asia/Shanghai"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		this.site = created.json().get("id").asString();
		Api.Answer type = api.post("/api/v1/device-types", token(),
				Map.of("code", unique("cnc"), "nameZh", "数控机床", "nameEn", "CNC machine", "properties",
						List.of(Map.of("identifier", "temperature", "nameZh", "温度", "dataType", "DOUBLE"))));
		assertThat(type.status()).as(type.body()).isEqualTo(201);
		this.deviceType = type.json().get("id").asString();
		Api.Answer unit = api.post("/api/v1/units", token(),
				Map.of("code", unique("pc"), "name", "件", "dimension", "COUNT"));
		assertThat(unit.status()).as(unit.body()).isEqualTo(201);
		this.itemCode = unique("BRG");
		Api.Answer item = api.post("/api/v1/items", token(), Map.of("code", this.itemCode, "name", "主轴轴承 6205", "kind",
				"RAW_MATERIAL", "baseUnitId", unit.json().get("id").asString()));
		assertThat(item.status()).as(item.body()).isEqualTo(201);
		this.itemId = item.json().get("id").asString();
	}

	private static MaintenanceFixtures shared;

	/** One enterprise for all maintenance tests of this run. */
	static synchronized MaintenanceFixtures of(Api api) {
		if (shared == null) {
			shared = new MaintenanceFixtures(api);
		}
		return shared;
	}

	String token() {
		return this.tenant.adminToken();
	}

	TenantId tenantId() {
		return TenantId.of(UUID.fromString(this.tenant.id()));
	}

	/** A machine on a device of its own. */
	Machine machine() {
		Api.Answer device = this.api.post("/api/v1/devices", token(),
				Map.of("key", unique("cnc"), "name", "数控机床", "typeId", this.deviceType, "nodeId", this.site));
		assertThat(device.status()).as(device.body()).isEqualTo(201);
		String deviceId = device.json().get("id").asString();
		Api.Answer machine = this.api.post("/api/v1/equipment", token(), Map.of("code", unique("CNC"), "name", "立式加工中心",
				"deviceId", deviceId, "nodeId", this.site, "criticality", "A"));
		assertThat(machine.status()).as(machine.body()).isEqualTo(201);
		return new Machine(UUID.fromString(machine.json().get("id").asString()), UUID.fromString(deviceId));
	}

	record Machine(UUID id, UUID deviceId) {
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
