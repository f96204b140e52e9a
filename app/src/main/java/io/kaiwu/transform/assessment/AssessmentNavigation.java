package io.kaiwu.transform.assessment;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Self-assessments and the maturity models under 转型导航 (transformation navigator). */
@Configuration(proxyBeanMethods = false)
class AssessmentNavigation {

	@Bean
	NavigationEntry assessmentModelsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.TRANSFORM, "nav.assessment.models",
				"/transform/assessment/models", 10, Set.of());
	}

	@Bean
	NavigationEntry assessmentRunsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.TRANSFORM, "nav.assessment.runs",
				"/transform/assessment/runs", 11, Set.of());
	}

}
