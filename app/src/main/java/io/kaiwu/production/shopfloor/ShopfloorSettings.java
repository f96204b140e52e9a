package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import io.kaiwu.shared.ChangeRecorded;
import io.kaiwu.shared.CurrentPrincipal;
import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.shared.TenantId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's over-delivery tolerance (超交容差): how many percent more good units than a work
 * order's quantity may be reported. Without its own setting the application default
 * applies ({@link ShopfloorProperties#overDeliveryPercent()}). Audited as
 * {@code production-shopfloor-settings}.
 */
@Service
public class ShopfloorSettings {

	private static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final ShopfloorProperties defaults;

	private final ApplicationEventPublisher events;

	ShopfloorSettings(JdbcClient jdbc, ShopfloorProperties defaults, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.events = events;
	}

	/** The tolerance in percent. */
	@Transactional(readOnly = true)
	public BigDecimal overDeliveryPercent(TenantId tenant) {
		return this.jdbc.sql("SELECT over_delivery_percent FROM production_shopfloor_settings WHERE tenant_id = ?")
			.params(tenant.value())
			.query(BigDecimal.class)
			.optional()
			.map(Reports::plain)
			.orElse(this.defaults.overDeliveryPercent());
	}

	/** Sets the tolerance: 0 to 100 percent. */
	@Transactional
	public BigDecimal setOverDeliveryPercent(TenantId tenant, @Nullable BigDecimal percent) {
		if (percent == null || percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0) {
			throw new KaiwuProblem.InvalidInput("overDeliveryPercent", "shopfloor.problem.tolerance",
					String.valueOf(percent));
		}
		BigDecimal before = overDeliveryPercent(tenant);
		int updated = this.jdbc.sql("""
				UPDATE production_shopfloor_settings SET over_delivery_percent = ?, updated_by = ?, updated_at = ?
				WHERE tenant_id = ?""")
			.params(percent, CurrentPrincipal.actorName(), Timestamp.from(Instant.now()), tenant.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO production_shopfloor_settings (tenant_id, over_delivery_percent, updated_by, updated_at)
					VALUES (?, ?, ?, ?)""")
				.params(tenant.value(), percent, CurrentPrincipal.actorName(), Timestamp.from(Instant.now()))
				.update();
		}
		this.events.publishEvent(ChangeRecorded.updated(tenant, "production-shopfloor-settings", tenant.value(),
				Map.of("overDeliveryPercent", before), Map.of("overDeliveryPercent", Reports.plain(percent))));
		return Reports.plain(percent);
	}

}
