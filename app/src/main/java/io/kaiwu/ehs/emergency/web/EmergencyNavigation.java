package io.kaiwu.ehs.emergency.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 应急管理 (emergency plans and drills) under 生产制造, after 安全检查. */
@Configuration(proxyBeanMethods = false)
class EmergencyNavigation {

	@Bean
	NavigationEntry ehsEmergencyNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.ehs.emergency", "/ehs/emergency", 75,
				Set.of());
	}

}
