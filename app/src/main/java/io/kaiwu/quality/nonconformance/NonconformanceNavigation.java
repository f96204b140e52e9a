package io.kaiwu.quality.nonconformance;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Defects and nonconformance reports under 生产制造 (production), the supplier quality
 * ranking under 供应链管理 (supply chain).
 */
@Configuration(proxyBeanMethods = false)
class NonconformanceNavigation {

	@Bean
	NavigationEntry qualityDefectsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.quality.defects", "/quality/defects", 44,
				Set.of());
	}

	@Bean
	NavigationEntry qualityNcrsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.quality.ncrs", "/quality/ncrs", 45,
				Set.of());
	}

	@Bean
	NavigationEntry qualitySuppliersNavigation() {
		return new NavigationEntry(NavigationEntry.Category.SUPPLY_CHAIN, "nav.quality.suppliers", "/quality/suppliers",
				30, Set.of());
	}

}
