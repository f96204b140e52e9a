package io.kaiwu.production.configurator.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.masterdata.ItemCatalog.ItemSummary;
import io.kaiwu.production.configurator.ManagingConfigurableProducts;
import io.kaiwu.production.configurator.ProductDraft;
import io.kaiwu.production.resource.WorkCentres;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.DemoTenantCreated;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes the demo plant's gear shaft FG-GS-200 configurable, after the production master
 * data is seeded: heat treatment 调质 or 调质 + 感应淬火 (an extra operation 40 on the furnace
 * HT-01), accuracy 标准 or 精密 (finish turning 30 % slower), and an optional matching sleeve
 * blank SF-SLV-B01. 感应淬火 requires 精密; the sleeve kit excludes 感应淬火 (the sleeve is pressed
 * on before hardening).
 */
@Component
class DemoConfigurator {

	private final ManagingConfigurableProducts products;

	private final ItemCatalog items;

	private final WorkCentres centres;

	DemoConfigurator(ManagingConfigurableProducts products, ItemCatalog items, WorkCentres centres) {
		this.products = products;
		this.items = items;
		this.centres = centres;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(6)
	void on(DemoTenantCreated demo) {
		UUID site = demo.nodes().get("SZ");
		TenantId tenant = demo.tenant();
		Optional<ItemSummary> shaft = this.items.byCode(tenant, "FG-GS-200");
		Optional<ItemSummary> sleeve = this.items.byCode(tenant, "SF-SLV-B01");
		Optional<WorkCentres.WorkCentre> heat = this.centres.workCentres(tenant)
			.stream()
			.filter((c) -> c.code().equals("WC-HT"))
			.findFirst();
		if (site == null || shaft.isEmpty() || sleeve.isEmpty() || heat.isEmpty()) {
			return;
		}
		Optional<WorkCentres.Resource> furnace = this.centres.resources(tenant, heat.get().id()).stream().findFirst();
		if (furnace.isEmpty()) {
			return;
		}
		ProductDraft.Effect induction = new ProductDraft.Effect("EXTRA_STEP", null, null, null, 40, "OP40", "感应淬火",
				heat.get().id(), List.of(new ProductDraft.Resource(furnace.get().id(), BigDecimal.ONE)),
				new BigDecimal("15"), new BigDecimal("90"), null, null);
		ProductDraft.Effect slower = new ProductDraft.Effect("RUN_FACTOR", null, null, null, 20, null, null, null, null,
				null, null, null, new BigDecimal("1.3"));
		ProductDraft.Effect kit = new ProductDraft.Effect("ADD_COMPONENT", sleeve.get().id(), null, BigDecimal.ONE,
				null, null, null, null, null, null, null, null, null);
		this.products.create(tenant,
				new ProductDraft(shaft.get().id(), site, "齿轮轴（可配置）", List.of(
						group("HT", "热处理", true, false, option("HT-QT", "调质"),
								option("HT-IND", "调质 + 感应淬火", induction)),
						group("PREC", "精度等级", true, false, option("PREC-STD", "标准"), option("PREC-HI", "精密", slower)),
						group("KIT", "配套件", false, true, option("KIT-SLV", "配套轴套毛坯", kit))),
						List.of(new ProductDraft.Rule("REQUIRES", "HT-IND", "PREC-HI"),
								new ProductDraft.Rule("EXCLUDES", "KIT-SLV", "HT-IND"))));
	}

	private static ProductDraft.Group group(String code, String name, boolean required, boolean several,
			ProductDraft.Option... options) {
		return new ProductDraft.Group(code, name, required, several, List.of(options));
	}

	private static ProductDraft.Option option(String code, String name, ProductDraft.Effect... effects) {
		return new ProductDraft.Option(code, name, List.of(effects));
	}

}
