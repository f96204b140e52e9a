package io.kaiwu.tenancy.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param tokenLifetime how long a token from {@code POST /api/v1/auth/token} is valid.
 * @param maxNamedTokenLifetime the longest expiry a named API token may have.
 * @param maxFailures failed sign-ins (per user name, and per client address × 4) before
 * further attempts are refused for {@code lockout}.
 * @param lockout how long sign-in stays refused after too many failures.
 * @param adminPassword initial password of the platform admin {@code admin}
 * ({@code KAIWU_ADMIN_PASSWORD}); when empty a one-time password is printed to the log
 * and must be changed at first sign-in.
 */
@ConfigurationProperties("kaiwu.security")
record SecuritySettings(@DefaultValue("12h") Duration tokenLifetime,
		@DefaultValue("365d") Duration maxNamedTokenLifetime, @DefaultValue("5") int maxFailures,
		@DefaultValue("15m") Duration lockout, @Nullable String adminPassword) {
}
