package io.kaiwu.production.order;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The orders page under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class ProductionOrderNavigation {

	@Bean
	NavigationEntry productionOrdersNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.orders", "/production/orders",
				40, Set.of());
	}

}
