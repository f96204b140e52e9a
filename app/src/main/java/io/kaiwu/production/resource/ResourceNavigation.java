package io.kaiwu.production.resource;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Work centres and resources under 生产制造 (production). */
@Configuration(proxyBeanMethods = false)
class ResourceNavigation {

	@Bean
	NavigationEntry productionWorkCentresNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PRODUCTION, "nav.production.work-centres",
				"/production/work-centres", 10, Set.of());
	}

}
