package io.kaiwu.device;

import java.util.Set;

import io.kaiwu.shared.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The device pages in the platform group of the main navigation. */
@Configuration(proxyBeanMethods = false)
class DeviceNavigation {

	@Bean
	NavigationEntry devicesNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.device.devices", "/devices", 20, Set.of());
	}

	@Bean
	NavigationEntry deviceTypesNavigation() {
		return new NavigationEntry(NavigationEntry.Category.PLATFORM, "nav.device.types", "/device-types", 21,
				Set.of());
	}

}
