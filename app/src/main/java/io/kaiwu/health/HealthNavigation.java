package io.kaiwu.health;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The machine health page under 运维服务 (operations and service) in the main navigation. */
@Configuration(proxyBeanMethods = false)
class HealthNavigation {

	@Bean
	NavigationEntry machineHealthNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.health", "/health", 14, Set.of());
	}

}
