package io.kaiwu.transform.cycle.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PDCA timeline under 转型导航 (transformation navigator) in the main navigation. */
@Configuration(proxyBeanMethods = false)
class CycleNavigation {

	@Bean
	NavigationEntry cyclesNavigation() {
		return new NavigationEntry(NavigationEntry.Category.TRANSFORM, "nav.transform.cycles", "/transform/cycles", 50,
				Set.of());
	}

}
