package io.kaiwu.quality.trace;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lots and serial numbers under 供应链管理 (supply chain): traces start from them. */
@Configuration(proxyBeanMethods = false)
class TraceNavigation {

	@Bean
	NavigationEntry qualityLotsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.SUPPLY_CHAIN, "nav.quality.lots", "/quality/lots", 30,
				Set.of());
	}

	@Bean
	NavigationEntry qualitySerialsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.SUPPLY_CHAIN, "nav.quality.serials", "/quality/serials", 31,
				Set.of());
	}

}
