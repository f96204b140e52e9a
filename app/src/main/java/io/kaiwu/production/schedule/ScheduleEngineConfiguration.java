package io.kaiwu.production.schedule;

import io.kaiwu.production.schedule.jobshop.JobShopSolver;
import io.kaiwu.production.schedule.solver.ApsSolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One scheduling engine for the whole application (it loads the OR-Tools natives once);
 * the APS planner and the job-shop endpoint share it.
 */
@Configuration(proxyBeanMethods = false)
class ScheduleEngineConfiguration {

	@Bean
	ApsSolver apsSolver() {
		return new ApsSolver();
	}

	@Bean
	JobShopSolver jobShopSolver(ApsSolver engine) {
		return new JobShopSolver(engine);
	}

}
