package io.kaiwu.tenancy.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in throttle locks after repeated failures and forgets old ones. */
class LoginThrottleTests {

	private final SecuritySettings settings = new SecuritySettings(Duration.ofHours(12), Duration.ofDays(365), 5,
			Duration.ofMinutes(15), null);

	@Test
	void locksAUserNameAfterFiveFailures() {
		LoginThrottle throttle = new LoginThrottle(this.settings, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
		for (int i = 0; i < 5; i++) {
			throttle.failed("wang.li", "10.0.0.1");
		}
		assertThat(throttle.waitFor("Wang.Li", "10.0.0.2")).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void forgetsFailuresOlderThanTheWindow() {
		MovableClock clock = new MovableClock();
		LoginThrottle throttle = new LoginThrottle(this.settings, clock);
		for (int i = 0; i < 1000; i++) {
			throttle.failed("guess" + i, "10.0.0.1");
		}
		assertThat(throttle.tracked()).isEqualTo(1001);
		clock.now = clock.now.plus(Duration.ofMinutes(16));
		throttle.forgetOldFailures();
		assertThat(throttle.tracked()).isZero();
	}

	private static final class MovableClock extends Clock {

		Instant now = Instant.EPOCH;

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
