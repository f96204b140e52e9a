package io.kaiwu.portal.web;

import io.kaiwu.portal.Navigation;
import io.kaiwu.tenancy.EnterpriseStructure;
import io.kaiwu.tenancy.TenantDirectory;
import io.kaiwu.tenancy.UserPreferences;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language switch ({@code ?lang=en|zh-CN}) and the layout model of every page. */
@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration implements WebMvcConfigurer {

	private final Navigation navigation;

	private final TenantDirectory tenants;

	private final EnterpriseStructure structure;

	PortalWebConfiguration(Navigation navigation, TenantDirectory tenants, EnterpriseStructure structure) {
		this.navigation = navigation;
		this.tenants = tenants;
		this.structure = structure;
	}

	@Bean
	LocaleResolver localeResolver(UserPreferences preferences) {
		return new KaiwuLocaleResolver(preferences);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
		lang.setParamName("lang");
		lang.setIgnoreInvalidLocale(true);
		registry.addInterceptor(lang).excludePathPatterns("/api/**", "/actuator/**");
		registry.addInterceptor(new LayoutModel(this.navigation, this.tenants, this.structure))
			.excludePathPatterns("/api/**", "/actuator/**", "/webjars/**", "/css/**", "/js/**");
	}

}
