package io.kaiwu.production.mrp;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The MRP page under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class MrpNavigation {

	@Bean
	NavigationEntry productionMrpNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.mrp", "/production/mrp", 50,
				Set.of());
	}

}
