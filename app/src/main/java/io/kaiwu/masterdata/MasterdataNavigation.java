package io.kaiwu.masterdata;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The master-data pages in the platform group of the main navigation. */
@Configuration(proxyBeanMethods = false)
class MasterdataNavigation {

	@Bean
	NavigationEntry masterdataItemsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.masterdata.items", "/masterdata/items", 40,
				Set.of());
	}

	@Bean
	NavigationEntry masterdataPartnersNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.masterdata.partners", "/masterdata/partners",
				41, Set.of());
	}

	@Bean
	NavigationEntry masterdataCalendarsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.masterdata.calendars",
				"/masterdata/calendars", 42, Set.of());
	}

	@Bean
	NavigationEntry masterdataUnitsNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.masterdata.units", "/masterdata/units", 43,
				Set.of());
	}

	@Bean
	NavigationEntry masterdataDataCategoriesNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.masterdata.data-categories",
				"/masterdata/data-categories", 44, Set.of());
	}

}
