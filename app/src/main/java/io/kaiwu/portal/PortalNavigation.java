package io.kaiwu.portal;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;
import io.kaiwu.shared.NavigationEntry.Category;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's own menu entry: the home page. */
@Configuration(proxyBeanMethods = false)
class PortalNavigation {

	@Bean
	NavigationEntry homeEntry() {
		return new NavigationEntry(Category.PLATFORM, "nav.home", "/", 0, Set.of());
	}

}
