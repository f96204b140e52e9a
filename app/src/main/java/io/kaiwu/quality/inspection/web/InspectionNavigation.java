package io.kaiwu.quality.inspection.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Inspection under 生产制造 (production): quality inspection (质量智能检测) is one of the guide's
 * production scenarios, done on the shop floor next to the operations.
 */
@Configuration(proxyBeanMethods = false)
class InspectionNavigation {

	@Bean
	NavigationEntry qualityInspectionNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.quality.inspection", "/quality/inspection",
				40, Set.of());
	}

	@Bean
	NavigationEntry qualityInspectionPlansNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.quality.inspection-plans",
				"/quality/inspection/plans", 41, Set.of());
	}

}
