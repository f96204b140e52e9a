package io.kaiwu.production.shopfloor;

import java.util.UUID;

import io.kaiwu.shared.TenantId;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code production_shopfloor_work_order}: a row per work order that reports
 * lock, so reports on one work order are taken one after the other, and the running
 * suffix of its output lots.
 */
@Repository
class WorkOrderLocks {

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	WorkOrderLocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Makes sure the work order has its row, in a transaction of its own (on PostgreSQL a
	 * failed insert would spoil the report's transaction): of two first reports at once,
	 * one inserts it, the other finds it.
	 */
	void ensure(TenantId tenant, UUID workOrderId) {
		if (exists(tenant, workOrderId)) {
			return;
		}
		try {
			this.separately.executeWithoutResult((tx) -> this.jdbc
				.sql("""
						INSERT INTO production_shopfloor_work_order (tenant_id, work_order_id, lots_made) VALUES (?, ?, 0)""")
				.params(tenant.value(), workOrderId)
				.update());
		}
		catch (DuplicateKeyException ex) {
			// the other report inserted it
		}
	}

	/** Locks the work order's row until the current transaction ends. */
	void lock(TenantId tenant, UUID workOrderId) {
		this.jdbc.sql("""
				SELECT lots_made FROM production_shopfloor_work_order WHERE tenant_id = ? AND work_order_id = ?
				FOR UPDATE""").params(tenant.value(), workOrderId).query(Integer.class).single();
	}

	/** The next running suffix for an output lot of the (locked) work order. */
	int nextLot(TenantId tenant, UUID workOrderId) {
		this.jdbc.sql("""
				UPDATE production_shopfloor_work_order SET lots_made = lots_made + 1
				WHERE tenant_id = ? AND work_order_id = ?""").params(tenant.value(), workOrderId).update();
		return this.jdbc.sql("""
				SELECT lots_made FROM production_shopfloor_work_order WHERE tenant_id = ? AND work_order_id = ?""")
			.params(tenant.value(), workOrderId)
			.query(Integer.class)
			.single();
	}

	private boolean exists(TenantId tenant, UUID workOrderId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM production_shopfloor_work_order WHERE tenant_id = ? AND work_order_id = ?""")
			.params(tenant.value(), workOrderId)
			.query(Long.class)
			.single() > 0;
	}

}
