package io.kaiwu.alarm.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.kaiwu.shared.TenantId;
import io.kaiwu.telemetry.Measurement;
import io.kaiwu.telemetry.MeasurementsStored;
import io.kaiwu.telemetry.Quality;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The hand-off on the telemetry writer thread: a full queue drops and counts, it never
 * waits. The evaluation thread is not started here, so nothing is taken from the queue
 * and its collaborators are never reached.
 */
class RuleEvaluationTests {

	@Test
	void aFullQueueDropsAndCountsInsteadOfBlockingTheWriter() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		RuleEvaluation evaluation = new RuleEvaluation(new AlarmSettings(3, Duration.ofSeconds(10)), null, null, null,
				null, null, meters, List.of(), new StormSettings(10, Duration.ofMinutes(1)));
		TenantId tenant = TenantId.of(UUID.randomUUID());
		UUID device = UUID.randomUUID();
		MeasurementsStored stored = new MeasurementsStored(tenant, device, "oven-1",
				List.of(Measurement.number(tenant, device, "temperature", Instant.now(), 85, Quality.GOOD)));

		assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
			for (int i = 0; i < 10; i++) {
				evaluation.stored(stored);
			}
		});

		assertThat(meters.get("kaiwu.alarm.evaluation.dropped").counter().count()).isEqualTo(7);
		assertThat(meters.get("kaiwu.alarm.evaluation.queued").gauge().value()).isEqualTo(3);
	}

}
