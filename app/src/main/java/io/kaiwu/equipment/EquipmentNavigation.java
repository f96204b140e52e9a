package io.kaiwu.equipment;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The equipment board and registry under 运维服务 (operations and service) in the main
 * navigation.
 */
@Configuration(proxyBeanMethods = false)
class EquipmentNavigation {

	@Bean
	NavigationEntry equipmentRegistryNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.equipment.registry", "/equipment",
				20, Set.of());
	}

	@Bean
	NavigationEntry equipmentDowntimeNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.equipment.downtime",
				"/equipment/downtime", 21, Set.of());
	}

	@Bean
	NavigationEntry equipmentBoardNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.equipment.board",
				"/equipment/board", 19, Set.of());
	}

}
