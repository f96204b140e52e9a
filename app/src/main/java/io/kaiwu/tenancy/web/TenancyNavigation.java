package io.kaiwu.tenancy.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;
import io.kaiwu.shared.NavigationEntry.Category;
import io.kaiwu.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tenancy's pages in the main menu. */
@Configuration(proxyBeanMethods = false)
class TenancyNavigation {

	@Bean
	NavigationEntry structureEntry() {
		return new NavigationEntry(Category.PLATFORM, "nav.structure", "/structure", 10, Set.of());
	}

	@Bean
	NavigationEntry usersEntry() {
		return new NavigationEntry(Category.PLATFORM, "nav.users", "/users", 80, Set.of(Role.TENANT_ADMIN));
	}

	@Bean
	NavigationEntry tenantsEntry() {
		return new NavigationEntry(Category.PLATFORM, "nav.tenants", "/tenants", 90,
				Set.of(Role.PLATFORM_ADMIN, Role.TENANT_ADMIN));
	}

	@Bean
	NavigationEntry tokensEntry() {
		return new NavigationEntry(Category.PLATFORM, "nav.tokens", "/account/tokens", 95, Set.of());
	}

}
