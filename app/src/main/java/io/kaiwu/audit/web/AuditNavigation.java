package io.kaiwu.audit.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;
import io.kaiwu.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log in the main menu, for admins. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationEntry auditEntry() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.audit", "/audit", 85,
				Set.of(Role.TENANT_ADMIN, Role.PLATFORM_ADMIN));
	}

}
