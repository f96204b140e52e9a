package io.kaiwu.tenancy.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for a while after repeated failures, for the form and the token
 * endpoint alike: {@code maxFailures} per user name, four times that per client address,
 * within the lockout window.
 */
@Component
class LoginThrottle {

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final SecuritySettings settings;

	private final Clock clock;

	@Autowired
	LoginThrottle(SecuritySettings settings) {
		this(settings, Clock.systemUTC());
	}

	LoginThrottle(SecuritySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** How long the caller must still wait; zero when sign-in may be tried. */
	Duration waitFor(String username, String address) {
		Instant now = this.clock.instant();
		Duration byUser = wait(userKey(username), this.settings.maxFailures(), now);
		Duration byAddress = wait(addressKey(address), this.settings.maxFailures() * 4, now);
		return (byUser.compareTo(byAddress) > 0) ? byUser : byAddress;
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		this.failures.merge(userKey(username), new Failures(1, now), (old, one) -> old.plusOne(now, window()));
		this.failures.merge(addressKey(address), new Failures(1, now), (old, one) -> old.plusOne(now, window()));
	}

	/**
	 * Forgets failures older than the lockout window, so that guesses at ever new user
	 * names cannot grow the table without bound.
	 */
	@Scheduled(fixedDelayString = "${kaiwu.security.lockout:15m}")
	void forgetOldFailures() {
		Instant cutoff = this.clock.instant().minus(window());
		this.failures.values().removeIf((f) -> f.last().isBefore(cutoff));
	}

	int tracked() {
		return this.failures.size();
	}

	void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	private Duration wait(String key, int max, Instant now) {
		Failures f = this.failures.get(key);
		if (f == null || f.count() < max) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(now, f.last().plus(window()));
		if (left.isNegative() || left.isZero()) {
			this.failures.remove(key, f);
			return Duration.ZERO;
		}
		return left;
	}

	private Duration window() {
		return this.settings.lockout();
	}

	private static String userKey(String username) {
		return "u:" + username.toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}

	private record Failures(int count, Instant last) {

		Failures plusOne(Instant now, Duration window) {
			return last.plus(window).isBefore(now) ? new Failures(1, now) : new Failures(this.count + 1, now);
		}

	}

}
