package io.kaiwu.equipment.state;

import java.time.Instant;

import io.kaiwu.equipment.MachineState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTimelineTests {

	private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

	@Test
	void theFirstStateSeenIsAChangeFromNothing() {
		MachineTimeline timeline = new MachineTimeline(null, null);
		MachineTimeline.Transition first = timeline.observe(MachineState.RUNNING, T0).orElseThrow();
		assertThat(first.from()).isNull();
		assertThat(first.to()).isEqualTo(MachineState.RUNNING);
		assertThat(first.at()).isEqualTo(T0);
	}

	@Test
	void theSameStateAgainIsNoChangeAndANewOneEndsTheOldOneAtTheSignalsTime() {
		MachineTimeline timeline = new MachineTimeline(MachineState.RUNNING, T0);
		assertThat(timeline.observe(MachineState.RUNNING, T0.plusSeconds(30))).isEmpty();
		MachineTimeline.Transition down = timeline.observe(MachineState.DOWN, T0.plusSeconds(60)).orElseThrow();
		assertThat(down.from()).isEqualTo(MachineState.RUNNING);
		assertThat(down.fromSince()).isEqualTo(T0);
		assertThat(down.at()).isEqualTo(T0.plusSeconds(60));
		assertThat(timeline.since()).isEqualTo(T0.plusSeconds(60));
	}

	@Test
	void aSignalOlderThanTheCurrentStateDoesNotRewriteHistory() {
		MachineTimeline timeline = new MachineTimeline(MachineState.DOWN, T0);
		assertThat(timeline.observe(MachineState.RUNNING, T0.minusSeconds(5))).isEmpty();
		assertThat(timeline.state()).isEqualTo(MachineState.DOWN);
	}

}
