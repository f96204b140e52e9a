package io.kaiwu.maintenance;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Maintenance orders, plans and the maintenance calendar under 运维服务 (operations and
 * service), next to the equipment registry.
 */
@Configuration(proxyBeanMethods = false)
class MaintenanceNavigation {

	@Bean
	NavigationEntry maintenanceOrdersNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.maintenance.orders",
				"/maintenance/orders", 21, Set.of());
	}

	@Bean
	NavigationEntry maintenancePlansNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.maintenance.plans",
				"/maintenance/plans", 22, Set.of());
	}

	@Bean
	NavigationEntry maintenanceCalendarNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.maintenance.calendar",
				"/maintenance/calendar", 23, Set.of());
	}

}
