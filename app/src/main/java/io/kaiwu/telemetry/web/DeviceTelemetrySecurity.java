package io.kaiwu.telemetry.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Devices send telemetry with HTTP Basic (device key and secret), not with a user's
 * bearer token: this chain, ahead of the API chain, lets {@code POST
 * /api/v1/devices/{key}/telemetry} through without a session or CSRF token, and
 * {@link TelemetryIngestController} checks the credentials itself through the device
 * registry.
 */
@Configuration(proxyBeanMethods = false)
class DeviceTelemetrySecurity {

	static final String PATH = "/api/v1/devices/*/telemetry";

	@Bean
	@Order(0)
	SecurityFilterChain deviceTelemetry(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.authorizeHttpRequests((auth) -> auth.anyRequest().permitAll());
		return http.build();
	}

}
