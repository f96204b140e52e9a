package io.kaiwu.energy.web.pages;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The energy pages under 生产制造 in the main navigation (远程能耗监测). */
@Configuration(proxyBeanMethods = false)
class EnergyNavigation {

	@Bean
	NavigationEntry energyOverviewNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.energy.overview", "/energy", 60, Set.of());
	}

	@Bean
	NavigationEntry energyMetersNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.energy.meters", "/energy/meters", 61,
				Set.of());
	}

	@Bean
	NavigationEntry energyTariffsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.energy.tariffs", "/energy/tariffs", 62,
				Set.of());
	}

	@Bean
	NavigationEntry energyReportNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.energy.report", "/energy/report", 63,
				Set.of());
	}

}
