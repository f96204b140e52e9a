package io.kaiwu.transform;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scenario atlas pages under 转型导航 (transformation navigator) in the main navigation.
 */
@Configuration(proxyBeanMethods = false)
class TransformNavigation {

	@Bean
	NavigationEntry scenarioAtlasNavigation() {
		return new NavigationEntry(NavigationEntry.Category.TRANSFORM, "nav.transform.atlas", "/transform/atlas", 20,
				Set.of());
	}

	@Bean
	NavigationEntry evidenceNavigation() {
		return new NavigationEntry(NavigationEntry.Category.TRANSFORM, "nav.transform.evidence", "/transform/evidence",
				21, Set.of());
	}

}
