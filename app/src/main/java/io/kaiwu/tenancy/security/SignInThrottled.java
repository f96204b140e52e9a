package io.kaiwu.tenancy.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many recent failures. */
class SignInThrottled extends AuthenticationException {

	private final Duration retryAfter;

	SignInThrottled(Duration retryAfter) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

	long minutes() {
		return Math.max(1, (this.retryAfter.toSeconds() + 59) / 60);
	}

}
