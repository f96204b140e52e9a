package io.kaiwu.production.planning.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.kaiwu.masterdata.ItemCatalog;
import io.kaiwu.production.order.CustomerOrder;
import io.kaiwu.production.order.CustomerOrderDraft;
import io.kaiwu.production.order.CustomerOrderDraft.LineDraft;
import io.kaiwu.production.order.ManagingCustomerOrders;
import io.kaiwu.production.order.ManagingProductionOrders;
import io.kaiwu.production.order.ProductionOrder;
import io.kaiwu.production.order.ProductionOrderDraft;
import io.kaiwu.shared.TenantId;
import io.kaiwu.tenancy.DemoTenantCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Enters the demo plant's order book before the demo tenant's transaction commits, after
 * its production master data: two customers' orders for gear shafts, sleeve blanks and
 * moulded housings due in the coming week, and a stock order for rough-turned shafts.
 * Each becomes a released production order, so the first plan has work for turning,
 * milling, heat treatment and moulding. Due dates count from the day the demo is created,
 * in the plant's time zone.
 */
@Component
class DemoOrderBook {

	private final ManagingCustomerOrders customerOrders;

	private final ManagingProductionOrders productionOrders;

	private final ItemCatalog items;

	DemoOrderBook(ManagingCustomerOrders customerOrders, ManagingProductionOrders productionOrders, ItemCatalog items) {
		this.customerOrders = customerOrders;
		this.productionOrders = productionOrders;
		this.items = items;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(6)
	void on(DemoTenantCreated demo) {
		UUID plant = demo.nodes().get("SZ");
		if (plant == null) {
			return;
		}
		TenantId tenant = demo.tenant();
		LocalDate today = LocalDate.now(this.productionOrders.zone(tenant, plant));
		CustomerOrder auto = this.customerOrders
			.create(tenant, new CustomerOrderDraft(null, "CUS-SH-AUTO", plant, "SAIC-PO-8817", null, List
				.of(line("FG-GS-200", "120", today.plusDays(3), 3), line("SF-SLV-B01", "400", today.plusDays(5), 5))));
		CustomerOrder drive = this.customerOrders
			.create(tenant, new CustomerOrderDraft(null, "CUS-DE-DRIVE", plant, "AM-2026-311", null, List
				.of(line("FG-HK-200", "3000", today.plusDays(4), 4), line("FG-GS-200", "80", today.plusDays(6), 5))));
		for (CustomerOrder order : List.of(auto, drive)) {
			for (CustomerOrder.Line line : order.lines()) {
				release(tenant, new ProductionOrderDraft(null, null, null, null, today.toString(), null, line.id()));
			}
		}
		this.items.byCode(tenant, "SF-SHF-B02")
			.ifPresent((shaft) -> release(tenant, new ProductionOrderDraft(shaft.id(), plant, new BigDecimal("200"),
					today.plusDays(2).toString(), today.toString(), 5, null)));
	}

	private void release(TenantId tenant, ProductionOrderDraft draft) {
		ProductionOrder order = this.productionOrders.create(tenant, draft);
		this.productionOrders.release(tenant, order.id());
	}

	private static LineDraft line(String item, String quantity, LocalDate due, int priority) {
		return new LineDraft(null, item, new BigDecimal(quantity), due.toString(), priority);
	}

}
