package io.kaiwu.tenancy.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the REST API ({@code /api/**}, actuator) is stateless with bearer
 * tokens and answers problem details; the pages use form login with a session and CSRF.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	AuthenticationManager authenticationManager(PasswordAuthentication passwords) {
		return new ProviderManager(passwords);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, IssuingTokens tokens, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, problems.unauthorized()),
					UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling((ex) -> ex.authenticationEntryPoint(problems.unauthorized())
				.accessDeniedHandler(problems.forbidden()))
			.authorizeHttpRequests(
					(auth) -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/password")
						.permitAll()
						.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs/**")
						.permitAll()
						.requestMatchers("/actuator/**")
						.hasRole("PLATFORM_ADMIN")
						.anyRequest()
						.authenticated());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SignInOutcomes outcomes, SecurityContextRepository contexts)
			throws Exception {
		http.securityContext((context) -> context.securityContextRepository(contexts))
			.formLogin((form) -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.successHandler(outcomes.success())
				.failureHandler(outcomes.failure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((r) -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions((f) -> f.deny()))
			.addFilterAfter(new PasswordChangeGate(), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests((auth) -> auth
				.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
						"/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

}
