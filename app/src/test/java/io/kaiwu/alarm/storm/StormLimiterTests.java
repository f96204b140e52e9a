package io.kaiwu.alarm.storm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kaiwu.alarm.storm.StormLimiter.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Storm control per device: three raises a minute pass, the fourth opens the storm, the
 * rest fold into it until the last minute holds three raises or fewer again.
 */
class StormLimiterTests {

	static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	final StormLimiter<String> limiter = new StormLimiter<>(3, Duration.ofMinutes(1));

	@Test
	void raisesBeyondTheLimitFoldIntoOneStormPerDevice() {
		List<Decision> press = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			press.add(this.limiter.raise("press-1", T0.plusSeconds(i)));
		}
		assertThat(press).containsExactly(Decision.PASS, Decision.PASS, Decision.PASS, Decision.START_STORM,
				Decision.FOLD, Decision.FOLD);
		// another device has its own limit
		assertThat(this.limiter.raise("press-2", T0.plusSeconds(6))).isEqualTo(Decision.PASS);
		assertThat(this.limiter.inStorm("press-1")).isTrue();
		assertThat(this.limiter.inStorm("press-2")).isFalse();
	}

	@Test
	void theStormEndsWhenTheRateFallsBackAndRaisesPassAgain() {
		for (int i = 0; i < 5; i++) {
			this.limiter.raise("press-1", T0.plusSeconds(i));
		}
		// 5 raises between 0 s and 4 s: at 61 s those at 0 s and 1 s are out of the
		// window
		assertThat(this.limiter.calmed(T0.plusSeconds(30))).isEmpty();
		assertThat(this.limiter.calmed(T0.plusSeconds(61))).containsExactly("press-1");
		assertThat(this.limiter.inStorm("press-1")).isFalse();
		assertThat(this.limiter.calmed(T0.plusSeconds(62))).as("calmed once").isEmpty();
		// the raises at 3 s and 4 s are still in the window: one more passes
		assertThat(this.limiter.raise("press-1", T0.plusSeconds(62))).isEqualTo(Decision.PASS);
	}

	@Test
	void whileInAStormEvenASlowRaiseFoldsUntilTheCalmIsNoticed() {
		for (int i = 0; i < 4; i++) {
			this.limiter.raise("press-1", T0.plusSeconds(i));
		}
		assertThat(this.limiter.raise("press-1", T0.plusSeconds(70))).isEqualTo(Decision.FOLD);
		assertThat(this.limiter.calmed(T0.plusSeconds(71))).containsExactly("press-1");
	}

	@Test
	void aLimitNeedsAtLeastOneRaiseAndAWindow() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StormLimiter<String>(0, Duration.ofMinutes(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new StormLimiter<String>(3, Duration.ZERO));
	}

}
