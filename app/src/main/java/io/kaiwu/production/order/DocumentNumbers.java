package io.kaiwu.production.order;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import io.kaiwu.shared.TenantId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives production's documents consecutive numbers per tenant, kind and year, for example
 * {@code MO-2026-00042}. The counter row stays locked until the caller's transaction
 * ends, so two documents numbered at the same moment never share a number.
 */
@Component
public class DocumentNumbers {

	/** Kinds of numbered documents, with their prefixes. */
	public enum Kind {

		/** 客户订单 */
		CO,
		/** 生产订单 */
		MO,
		/** 采购申请 */
		PR,
		/** MRP 运算 */
		MRP

	}

	private final JdbcClient jdbc;

	DocumentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number; call inside a transaction.
	 * @param tenant whose document.
	 * @param kind what kind.
	 * @return the number.
	 */
	public String next(TenantId tenant, Kind kind) {
		int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
		this.jdbc.sql("""
				INSERT INTO production_number_counter (tenant_id, kind, counter_year, last_number) VALUES (?, ?, ?, 0)
				ON CONFLICT DO NOTHING""").params(tenant.value(), kind.name(), year).update();
		int last = this.jdbc.sql("""
				SELECT last_number FROM production_number_counter WHERE tenant_id = ? AND kind = ? AND counter_year = ?
				FOR UPDATE""").params(tenant.value(), kind.name(), year).query(Integer.class).single();
		this.jdbc
			.sql("""
					UPDATE production_number_counter SET last_number = ? WHERE tenant_id = ? AND kind = ? AND counter_year = ?""")
			.params(last + 1, tenant.value(), kind.name(), year)
			.update();
		return kind.name() + "-" + year + "-" + String.format(Locale.ROOT, "%05d", last + 1);
	}

}
