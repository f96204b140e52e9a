package io.kaiwu.energy.emission.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 碳排放报告 under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class CarbonNavigation {

	@Bean
	NavigationEntry energyCarbonNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.energy.carbon", "/energy/carbon", 65,
				Set.of());
	}

}
