package io.kaiwu.energy.intensity.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 能效分析 under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class IntensityNavigation {

	@Bean
	NavigationEntry energyIntensityNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.energy.intensity", "/energy/intensity", 64,
				Set.of());
	}

}
