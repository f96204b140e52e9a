package io.kaiwu.tenancy.demo;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo tenant 示范工厂.
 *
 * @param enabled seed the demo tenant on a platform without tenants
 * ({@code KAIWU_DEMO_ENABLED}).
 * @param password password of the demo user {@code demo}; when empty a random one is
 * printed to the log with the admin's.
 */
@ConfigurationProperties("kaiwu.demo")
public record DemoSettings(@DefaultValue("true") boolean enabled, @Nullable String password) {
}
