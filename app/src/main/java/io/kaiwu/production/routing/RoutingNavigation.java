package io.kaiwu.production.routing;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Routings and the setup matrix under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class RoutingNavigation {

	@Bean
	NavigationEntry productionRoutingsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.routings",
				"/production/routings", 12, Set.of());
	}

	@Bean
	NavigationEntry productionSetupMatrixNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.setup-matrix",
				"/production/setup-matrix", 13, Set.of());
	}

}
