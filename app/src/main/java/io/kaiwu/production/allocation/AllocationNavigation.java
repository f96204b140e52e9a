package io.kaiwu.production.allocation;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plant allocation page under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class AllocationNavigation {

	@Bean
	NavigationEntry productionAllocationNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.allocation",
				"/production/allocation", 42, Set.of());
	}

}
