package io.kaiwu.connectivity.sparkplug;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceCheckTests {

	@Test
	void messagesAfterTheBirthCountUpAndWrapAfter255() {
		SequenceCheck check = new SequenceCheck();
		check.birth(0L);
		for (long seq = 1; seq <= 255; seq++) {
			assertThat(check.accept(seq)).as("seq %d", seq).isTrue();
		}
		assertThat(check.accept(0L)).isTrue();
		assertThat(check.accept(1L)).isTrue();
	}

	@Test
	void aGapIsReportedOnceAndTheCountGoesOnFromTheNewSeq() {
		SequenceCheck check = new SequenceCheck();
		check.birth(0L);
		assertThat(check.accept(1L)).isTrue();
		assertThat(check.accept(5L)).isFalse();
		assertThat(check.accept(6L)).isTrue();
		assertThat(check.accept(6L)).as("a repeated seq").isFalse();
	}

	@Test
	void withoutABirthOrWithoutASeqNothingIsInLine() {
		SequenceCheck check = new SequenceCheck();
		assertThat(check.accept(0L)).isFalse();
		check.birth(0L);
		assertThat(check.accept(null)).isFalse();
		assertThat(check.accept(256L)).isFalse();
		check.birth(10L);
		assertThat(check.accept(11L)).isTrue();
		check.reset();
		assertThat(check.accept(12L)).isFalse();
	}

}
