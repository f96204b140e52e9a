package io.kaiwu.connectivity.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;
import io.kaiwu.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connectors page in the main menu, for engineers and admins. */
@Configuration(proxyBeanMethods = false)
class ConnectivityNavigation {

	@Bean
	NavigationEntry connectorsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.connectivity.connectors", "/connectors", 25,
				Set.of(Role.ENGINEER, Role.TENANT_ADMIN, Role.PLATFORM_ADMIN));
	}

}
