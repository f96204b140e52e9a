package io.kaiwu.ehs.inspection.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 安全检查 (checklists, inspections, findings) under 生产制造, beside the EHS monitoring. */
@Configuration(proxyBeanMethods = false)
class SafetyInspectionNavigation {

	@Bean
	NavigationEntry ehsInspectionsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.ehs.inspections", "/ehs/inspections", 74,
				Set.of());
	}

}
