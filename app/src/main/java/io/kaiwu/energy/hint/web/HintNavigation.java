package io.kaiwu.energy.hint.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 节能建议 under 生产制造 in the main navigation. */
@Configuration(proxyBeanMethods = false)
class HintNavigation {

	@Bean
	NavigationEntry energyHintsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.energy.hints", "/energy/suggestions", 66,
				Set.of());
	}

}
