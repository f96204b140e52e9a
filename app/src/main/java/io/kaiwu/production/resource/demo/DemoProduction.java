package io.kaiwu.production.resource.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.equipment.EquipmentCatalog;
import io.kaiwu.equipment.EquipmentSummary;
import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.bom.BomDraft;
import io.kaiwu.production.bom.ManagingBoms;
import io.kaiwu.production.resource.ManagingWorkCentres;
import io.kaiwu.production.resource.ResourceDraft;
import io.kaiwu.production.resource.WorkCentreDraft;
import io.kaiwu.production.resource.WorkCentres.WorkCentre;
import io.kaiwu.production.routing.ManagingRoutings;
import io.kaiwu.production.routing.RoutingDraft;
import io.kaiwu.production.routing.SetupMatrix;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.DemoTenantCreated;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Seeds the production master data of the demo plant 苏州工厂 (site SZ) before the demo
 * tenant's transaction commits, after the machines are registered: work centres for
 * turning, milling, heat treatment and moulding with a resource per machine, BOMs and
 * routings of the gear shaft, the sleeve blank and the moulded housing that master data
 * seeded, and the turning centre's setup matrix. Everything is effective from 2026-01-01.
 */
@Component
class DemoProduction {

	private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	private final ManagingWorkCentres centres;

	private final ManagingBoms boms;

	private final ManagingRoutings routings;

	private final SetupMatrix setups;

	private final EquipmentCatalog equipment;

	private final ItemCatalog items;

	DemoProduction(ManagingWorkCentres centres, ManagingBoms boms, ManagingRoutings routings, SetupMatrix setups,
			EquipmentCatalog equipment, ItemCatalog items) {
		this.centres = centres;
		this.boms = boms;
		this.routings = routings;
		this.setups = setups;
		this.equipment = equipment;
		this.items = items;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(5)
	void on(DemoTenantCreated demo) {
		UUID site = demo.nodes().get("SZ");
		if (site == null) {
			return;
		}
		TenantId tenant = demo.tenant();
		Map<String, UUID> machines = new HashMap<>();
		for (EquipmentSummary machine : this.equipment.all(tenant)) {
			machines.put(machine.code(), machine.id());
		}
		WorkCentre turning = centre(tenant, site, "WC-TURN", "数控车削");
		WorkCentre milling = centre(tenant, site, "WC-MILL", "加工中心");
		WorkCentre heat = centre(tenant, site, "WC-HT", "热处理");
		WorkCentre moulding = centre(tenant, site, "WC-MOULD", "注塑");
		Map<String, UUID> resources = new HashMap<>();
		for (String code : List.of("CNC-01", "CNC-02")) {
			resource(tenant, turning, code, "数控车床 " + code, machines.get(code), "120", resources);
		}
		for (String code : List.of("CNC-03", "CNC-04")) {
			resource(tenant, milling, code, "立式加工中心 " + code, machines.get(code), "160", resources);
		}
		resource(tenant, heat, "HT-01", "调质炉 1 号", null, "60", resources);
		for (String code : List.of("IMM-01", "IMM-02", "IMM-03", "IMM-04")) {
			resource(tenant, moulding, code, "注塑机 " + code, machines.get(code), "95", resources);
		}

		bom(tenant, "FG-GS-200", line(tenant, "SF-SHF-B02", "1", "0"));
		bom(tenant, "SF-SHF-B02", line(tenant, "RM-45-D50", "1.8", "3"));
		bom(tenant, "SF-SLV-B01", line(tenant, "RM-45-D50", "0.6", "2"));
		bom(tenant, "FG-HK-200", line(tenant, "RM-PA66-GF30", "0.085", "2.5"));

		routing(tenant, "SF-SHF-B02", "SHAFT",
				step(10, "OP10", "粗车外圆及端面", turning, resources, "30", "240", null, "CNC-01", "CNC-02"));
		routing(tenant, "FG-GS-200", "SHAFT", step(10, "OP10", "调质", heat, resources, "0", "60", null, "HT-01"),
				step(20, "OP20", "精车", turning, resources, "20", "180", "20", "CNC-02", "CNC-01"),
				step(30, "OP30", "铣键槽", milling, resources, "25", "150", "20", "CNC-03", "CNC-04"));
		routing(tenant, "SF-SLV-B01", "SLEEVE",
				step(10, "OP10", "车外圆", turning, resources, "20", "120", null, "CNC-01", "CNC-02"));
		routing(tenant, "FG-HK-200", "HOUSING", step(10, "OP10", "注塑成型", moulding, resources, "60", "45", "200",
				"IMM-01", "IMM-02", "IMM-03", "IMM-04"));

		this.setups.save(tenant, turning.id(), List.of(setup("SHAFT", "SHAFT", "10"), setup("SHAFT", "SLEEVE", "40"),
				setup("SLEEVE", "SHAFT", "35"), setup("SLEEVE", "SLEEVE", "10")));
	}

	private WorkCentre centre(TenantId tenant, UUID site, String code, String name) {
		return this.centres.createWorkCentre(tenant, new WorkCentreDraft(site, code, name));
	}

	private void resource(TenantId tenant, WorkCentre centre, String code, String name, @Nullable UUID machine,
			String cost, Map<String, UUID> resources) {
		resources.put(code,
				this.centres
					.createResource(tenant, new ResourceDraft(centre.id(), code, name, machine, new BigDecimal(cost)))
					.id());
	}

	private Optional<BomDraft.Line> line(TenantId tenant, String component, String quantity, String scrap) {
		return this.items.byCode(tenant, component)
			.map((c) -> new BomDraft.Line(c.id(), new BigDecimal(quantity), new BigDecimal(scrap)));
	}

	private void bom(TenantId tenant, String parent, Optional<BomDraft.Line> line) {
		Optional<ItemCatalog.ItemSummary> item = this.items.byCode(tenant, parent);
		if (item.isPresent() && line.isPresent()) {
			this.boms.create(tenant,
					new BomDraft(item.get().id(), "A", BigDecimal.ONE, FROM, null, List.of(line.get())));
		}
	}

	private RoutingDraft.Step step(int sequence, String code, String name, WorkCentre centre,
			Map<String, UUID> resources, String setupMinutes, String runSeconds, @Nullable String transferBatch,
			String... alternatives) {
		List<RoutingDraft.Alternative> list = new ArrayList<>();
		for (String resource : alternatives) {
			list.add(new RoutingDraft.Alternative(resources.get(resource), BigDecimal.ONE));
		}
		return new RoutingDraft.Step(sequence, code, name, centre.id(), list, new BigDecimal(setupMinutes),
				new BigDecimal(runSeconds), (transferBatch != null) ? new BigDecimal(transferBatch) : null);
	}

	private void routing(TenantId tenant, String itemCode, String family, RoutingDraft.Step... steps) {
		this.items.byCode(tenant, itemCode)
			.ifPresent((item) -> this.routings.create(tenant,
					new RoutingDraft(item.id(), "A", family, FROM, null, List.of(steps))));
	}

	private static SetupMatrix.Entry setup(String from, String to, String minutes) {
		return new SetupMatrix.Entry(from, to, new BigDecimal(minutes));
	}

}
