package io.kaiwu.ehs.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A safety inspection (安全检查): a checklist run on a day by an inspector, of the
 * checklist's site or of one hazardous source there, every item answered.
 */
public record Inspection(UUID id, UUID checklistId, UUID siteId, @Nullable UUID hazardSourceId, LocalDate inspectedOn,
		String inspector, List<Answer> answers, String createdBy, Instant createdAt) {

	public Inspection {
		answers = List.copyOf(answers);
	}

	/** How many items were answered with this outcome. */
	public long count(Outcome outcome) {
		return this.answers.stream().filter((a) -> a.outcome() == outcome).count();
	}

}
