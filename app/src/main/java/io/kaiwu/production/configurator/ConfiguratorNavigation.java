package io.kaiwu.production.configurator;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The product configurator under 生产制造 (production), beside the orders. */
@Configuration(proxyBeanMethods = false)
class ConfiguratorNavigation {

	@Bean
	NavigationEntry productionConfiguratorNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.configurator",
				"/production/configurator", 38, Set.of());
	}

}
