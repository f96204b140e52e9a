package io.kaiwu.alarm;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The alarm pages under 运维服务 (operations and service) in the main navigation. */
@Configuration(proxyBeanMethods = false)
class AlarmNavigation {

	@Bean
	NavigationEntry alarmsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.alarm.alarms", "/alarms", 10,
				Set.of());
	}

	@Bean
	NavigationEntry alarmRulesNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.alarm.rules", "/alarm-rules", 11,
				Set.of());
	}

	@Bean
	NavigationEntry alarmStatisticsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.alarm.statistics",
				"/alarms/statistics", 12, Set.of());
	}

	@Bean
	NavigationEntry alarmChannelsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.OPERATIONS_SERVICE, "nav.alarm.channels", "/alarm-channels",
				13, Set.of());
	}

}
