package io.kaiwu.production.stock;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stock page under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class StockNavigation {

	@Bean
	NavigationEntry productionStockNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.stock", "/production/stock", 60,
				Set.of());
	}

}
