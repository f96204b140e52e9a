package io.kaiwu.production.planning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How finite-capacity scheduling plans ({@code kaiwu.production.planning.*}).
 *
 * @param horizon how far ahead calendars and maintenance windows are read
 * @param timeLimit the engine's time limit for a plan or an insertion
 * @param repairTimeLimit the engine's time limit for a repair after a machine went down
 * @param frozenHorizon from now, operations of the active schedule that start inside it
 * keep their place when a rush order is inserted (冻结期)
 * @param expectedDowntime how long a machine that went down is assumed to stay down when
 * the schedule is repaired (the repair does not know the end yet)
 * @param workers the engine's threads
 */
@ConfigurationProperties("kaiwu.production.planning")
public record PlanningSettings(@DefaultValue("14d") Duration horizon, @DefaultValue("10s") Duration timeLimit,
		@DefaultValue("5s") Duration repairTimeLimit, @DefaultValue("4h") Duration frozenHorizon,
		@DefaultValue("2h") Duration expectedDowntime, @DefaultValue("2") int workers) {
}
