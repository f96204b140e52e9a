package io.kaiwu.production.planning;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The schedule board and the dispatch lists under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class PlanningNavigation {

	@Bean
	NavigationEntry productionScheduleNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.schedule",
				"/production/schedule", 40, Set.of());
	}

	@Bean
	NavigationEntry productionDispatchNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.dispatch",
				"/production/dispatch", 41, Set.of());
	}

}
