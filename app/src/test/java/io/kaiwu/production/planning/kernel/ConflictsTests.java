package io.kaiwu.production.planning.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.kaiwu.production.planning.kernel.Conflicts.Conflict;
import io.kaiwu.production.planning.kernel.Conflicts.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The conflicts a Gantt shows after a planner dragged operations by hand. */
class ConflictsTests {

	static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

	final UUID lathe = UUID.randomUUID();

	final UUID mill = UUID.randomUUID();

	final UUID order = UUID.randomUUID();

	final UUID other = UUID.randomUUID();

	final UUID turn = UUID.randomUUID();

	final UUID mill20 = UUID.randomUUID();

	final UUID foreign = UUID.randomUUID();

	@Test
	void twoOperationsOnOneResourceAtOnceConflictBothWays() {
		List<Conflict> conflicts = Conflicts.of(
				List.of(op(this.order, this.turn, this.lathe, 0, 60), op(this.other, this.foreign, this.lathe, 30, 90)),
				Map.of(), Set.of(), Map.of());
		assertThat(conflicts).containsExactlyInAnyOrder(new Conflict(this.turn, Kind.OVERLAP, this.foreign),
				new Conflict(this.foreign, Kind.OVERLAP, this.turn));
	}

	@Test
	void backToBackOperationsDoNotOverlap() {
		assertThat(Conflicts.of(
				List.of(op(this.order, this.turn, this.lathe, 0, 60), op(this.other, this.foreign, this.lathe, 60, 90)),
				Map.of(), Set.of(), Map.of()))
			.isEmpty();
	}

	@Test
	void anOperationStartingBeforeItsPredecessorEndsBreaksTheRouting() {
		List<PlannedOperation> ops = List.of(op(this.order, this.turn, this.lathe, 0, 60),
				op(this.order, this.mill20, this.mill, 45, 100));
		Map<UUID, Integer> sequence = Map.of(this.turn, 10, this.mill20, 20);
		assertThat(Conflicts.of(ops, sequence, Set.of(), Map.of()))
			.containsExactly(new Conflict(this.mill20, Kind.PRECEDENCE, this.turn));
		// with transfer batches it may start early, but not end before the turning does
		assertThat(Conflicts.of(ops, sequence, Set.of(this.turn), Map.of())).isEmpty();
		List<PlannedOperation> endsFirst = List.of(op(this.order, this.turn, this.lathe, 0, 60),
				op(this.order, this.mill20, this.mill, 10, 50));
		assertThat(Conflicts.of(endsFirst, sequence, Set.of(this.turn), Map.of()))
			.containsExactly(new Conflict(this.mill20, Kind.PRECEDENCE, this.turn));
	}

	@Test
	void anOperationOutsideItsResourcesShiftIsFlagged() {
		Map<UUID, List<PlanningInput.Window>> shifts = Map.of(this.lathe,
				List.of(new PlanningInput.Window(T0, T0.plusSeconds(8 * 3600))));
		assertThat(Conflicts.of(List.of(op(this.order, this.turn, this.lathe, 420, 540)), Map.of(), Set.of(), shifts))
			.containsExactly(new Conflict(this.turn, Kind.OFF_SHIFT, this.turn));
		assertThat(Conflicts.of(List.of(op(this.order, this.turn, this.lathe, 400, 480)), Map.of(), Set.of(), shifts))
			.isEmpty();
	}

	private static PlannedOperation op(UUID order, UUID workOrder, UUID resource, int startMinute, int endMinute) {
		return new PlannedOperation(order, workOrder, resource, T0.plusSeconds(startMinute * 60L),
				T0.plusSeconds(endMinute * 60L), 0);
	}

}
