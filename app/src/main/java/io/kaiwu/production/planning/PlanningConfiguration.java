package io.kaiwu.production.planning;

import io.kaiwu.production.schedule.solver.ApsSolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduling engine as a bean: its native libraries load once. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

	@Bean
	ApsSolver apsSolver() {
		return new ApsSolver();
	}

}
