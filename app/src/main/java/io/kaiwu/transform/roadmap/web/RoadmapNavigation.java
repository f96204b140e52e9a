package io.kaiwu.transform.roadmap.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The roadmap planner under 转型导航 (transformation navigator) in the main navigation. */
@Configuration(proxyBeanMethods = false)
class RoadmapNavigation {

	@Bean
	NavigationEntry roadmapsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.TRANSFORM, "nav.transform.roadmaps", "/transform/roadmaps",
				30, Set.of());
	}

}
