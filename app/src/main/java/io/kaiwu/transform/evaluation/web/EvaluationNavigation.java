package io.kaiwu.transform.evaluation.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Results evaluation under 转型导航 (transformation navigator) in the main navigation. */
@Configuration(proxyBeanMethods = false)
class EvaluationNavigation {

	@Bean
	NavigationEntry evaluationsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.TRANSFORM, "nav.transform.evaluations",
				"/transform/evaluations", 40, Set.of());
	}

}
