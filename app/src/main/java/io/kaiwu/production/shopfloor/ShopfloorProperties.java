package io.kaiwu.production.shopfloor;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults of shop-floor reporting.
 *
 * @param overDeliveryPercent how many percent more good units than a work order's
 * quantity may be reported when the tenant has not set its own tolerance;
 * {@code KAIWU_PRODUCTION_SHOPFLOOR_OVER_DELIVERY_PERCENT}
 * @param zone the time zone the tablet pages show times in;
 * {@code KAIWU_PRODUCTION_SHOPFLOOR_ZONE}
 */
@ConfigurationProperties("kaiwu.production.shopfloor")
public record ShopfloorProperties(@DefaultValue("0") BigDecimal overDeliveryPercent,
		@DefaultValue("Asia/Shanghai") ZoneId zone) {
}
