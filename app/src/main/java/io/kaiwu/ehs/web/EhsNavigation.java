package io.kaiwu.ehs.web;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * EHS under 生产制造 (production), where the guide puts 安环监测与监管: the live safety board, the
 * sources and points, the exceedance records and the monthly report.
 */
@Configuration(proxyBeanMethods = false)
class EhsNavigation {

	@Bean
	NavigationEntry ehsBoardNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.ehs.board", "/ehs/board", 70, Set.of());
	}

	@Bean
	NavigationEntry ehsSourcesNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.ehs.sources", "/ehs/sources", 71,
				Set.of());
	}

	@Bean
	NavigationEntry ehsExceedancesNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.ehs.exceedances", "/ehs/exceedances", 72,
				Set.of());
	}

	@Bean
	NavigationEntry ehsReportNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.ehs.report", "/ehs/report", 73, Set.of());
	}

}
