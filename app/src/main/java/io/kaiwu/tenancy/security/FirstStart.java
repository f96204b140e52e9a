package io.kaiwu.tenancy.security;

import java.security.SecureRandom;

import io.kaiwu.shared.KaiwuProblem;
import io.kaiwu.tenancy.TenantDirectory;
import io.kaiwu.tenancy.demo.DemoSettings;
import io.kaiwu.tenancy.demo.DemoTenantSeeder;
import io.kaiwu.tenancy.user.ManagingUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start creates the platform admin {@code admin} with a one-time password
 * printed once to the log (or {@code KAIWU_ADMIN_PASSWORD}, then without a forced
 * change), and, when the demo is on and no tenant exists, the demo tenant and its user.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ManagingUsers users;

	private final TenantDirectory tenants;

	private final DemoTenantSeeder demo;

	private final SecuritySettings security;

	private final DemoSettings demoSettings;

	FirstStart(ManagingUsers users, TenantDirectory tenants, DemoTenantSeeder demo, SecuritySettings security,
			DemoSettings demoSettings) {
		this.users = users;
		this.tenants = tenants;
		this.demo = demo;
		this.security = security;
		this.demoSettings = demoSettings;
	}

	@Override
	public void run(ApplicationArguments args) {
		StringBuilder banner = new StringBuilder();
		if (!this.users.anyPlatformAdmin()) {
			String given = this.security.adminPassword();
			boolean oneTime = given == null || given.isBlank();
			String password = oneTime ? randomPassword() : given;
			try {
				this.users.createPlatformAdmin("admin", password, oneTime);
			}
			catch (KaiwuProblem.InvalidInput ex) {
				throw new IllegalStateException(
						"KAIWU_ADMIN_PASSWORD (kaiwu.security.admin-password) is too weak: use at least 10 characters, not containing 'admin'");
			}
			banner.append(oneTime
					? "\n  platform admin:  admin / " + password + "   (one-time password: change it at first sign-in)"
					: "\n  platform admin:  admin (password from KAIWU_ADMIN_PASSWORD)");
		}
		if (this.demoSettings.enabled() && !this.tenants.anyTenant()) {
			String given = this.demoSettings.password();
			String password = (given == null || given.isBlank()) ? randomPassword() : given;
			try {
				this.demo.seed(password);
			}
			catch (KaiwuProblem.InvalidInput ex) {
				throw new IllegalStateException(
						"KAIWU_DEMO_PASSWORD (kaiwu.demo.password) is too weak: use at least 10 characters, not containing 'demo'");
			}
			banner.append("\n  demo user:       demo / ")
				.append((given == null || given.isBlank()) ? password : "(password from KAIWU_DEMO_PASSWORD)")
				.append("   (tenant ")
				.append(DemoTenantSeeder.DEMO_TENANT_NAME)
				.append(")");
		}
		if (!banner.isEmpty()) {
			log.warn("\n\n  Kaiwu first start — these passwords are printed only this once:{}\n", banner);
		}
	}

	static String randomPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
