package io.kaiwu.production.bom;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bills of materials under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class BomNavigation {

	@Bean
	NavigationEntry productionBomsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.boms", "/production/boms", 11,
				Set.of());
	}

}
