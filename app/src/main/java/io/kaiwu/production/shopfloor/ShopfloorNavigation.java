package io.kaiwu.production.shopfloor;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shop-floor tablet pages under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class ShopfloorNavigation {

	@Bean
	NavigationEntry shopfloorTabletNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.shopfloor", "/production/shop-floor", 40,
				Set.of());
	}

}
