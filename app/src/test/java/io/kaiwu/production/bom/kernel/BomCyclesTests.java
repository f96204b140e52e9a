package io.kaiwu.production.bom.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycle search over versions that can be effective together, on small hand-drawn
 * structures: A → B → C → A closes only when the three versions share a day.
 */
class BomCyclesTests {

	static final UUID A = UUID.randomUUID();

	static final UUID B = UUID.randomUUID();

	static final UUID C = UUID.randomUUID();

	static final UUID D = UUID.randomUUID();

	static final Map<UUID, String> NAMES = Map.of(A, "A", B, "B", C, "C", D, "D");

	@Test
	void aChainBackToTheParentIsACycleNamedAlongItsPath() {
		VersionNode b = version(B, "1", "2026-01-01", null, D, C);
		VersionNode c = version(C, "2", "2026-01-01", null, A);
		VersionNode a = version(A, "3", "2026-01-01", null, D, B);
		Optional<BomCycles.Cycle> cycle = BomCycles.find(a, byItem(b, c));
		assertThat(cycle).isPresent();
		assertThat(cycle.get().line()).isEqualTo(1);
		assertThat(path(cycle.get())).isEqualTo("A(3) → B(1) → C(2) → A(3)");
	}

	@Test
	void aLineOnItsOwnParentIsTheShortestCycle() {
		VersionNode a = version(A, "1", "2026-01-01", null, D, A);
		assertThat(BomCycles.find(a, Map.of()).map(BomCyclesTests::path)).contains("A(1) → A(1)");
	}

	@Test
	void versionsThatAreNeverEffectiveTogetherCloseNoCycle() {
		// B's version 1 ends in March, C's version starts in April: B → C never explodes
		VersionNode b = version(B, "1", "2026-01-01", "2026-03-31", C);
		VersionNode c = version(C, "1", "2026-04-01", null, A);
		VersionNode a = version(A, "1", "2026-01-01", null, B);
		assertThat(BomCycles.find(a, byItem(b, c))).isEmpty();
	}

	@Test
	void theSharedDaysNarrowAlongThePath() {
		// A from January, B only in Q1, C (two versions) back to A in Q2 and, from March
		// on,
		// through version 2 as well: only version 2 shares March with B
		VersionNode b = version(B, "1", "2026-01-01", "2026-03-31", C);
		VersionNode c1 = version(C, "1", "2026-01-01", "2026-02-28", D);
		VersionNode c2 = version(C, "2", "2026-03-01", null, A);
		VersionNode a = version(A, "1", "2026-01-01", null, B);
		assertThat(BomCycles.find(a, byItem(b, c1, c2)).map(BomCyclesTests::path))
			.contains("A(1) → B(1) → C(2) → A(1)");
		VersionNode aLate = version(A, "1", "2026-04-01", null, B);
		assertThat(BomCycles.find(aLate, byItem(b, c1, c2))).isEmpty();
	}

	@Test
	void theCandidatesEarlierStateIsNotFollowed() {
		// editing A: its stored version (same id) must not be read as a second version of
		// A
		VersionNode stored = version(A, "1", "2026-01-01", null, B);
		VersionNode b = version(B, "1", "2026-01-01", null, D);
		VersionNode edited = new VersionNode(stored.id(), A, "1", stored.effectivity(), List.of(B));
		assertThat(BomCycles.find(edited, byItem(stored, b))).isEmpty();
	}

	@Test
	void effectivityIntersectsInclusiveDays() {
		Effectivity q1 = new Effectivity(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));
		Effectivity april = new Effectivity(LocalDate.parse("2026-03-31"), null);
		assertThat(q1.intersection(april))
			.contains(new Effectivity(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-31")));
		assertThat(q1.overlaps(new Effectivity(LocalDate.parse("2026-04-01"), null))).isFalse();
		assertThat(q1.covers(LocalDate.parse("2026-03-31"))).isTrue();
		assertThat(q1.covers(LocalDate.parse("2026-04-01"))).isFalse();
	}

	static VersionNode version(UUID item, String label, String from, String to, UUID... components) {
		return new VersionNode(UUID.randomUUID(), item, label,
				new Effectivity(LocalDate.parse(from), (to != null) ? LocalDate.parse(to) : null), List.of(components));
	}

	static Map<UUID, List<VersionNode>> byItem(VersionNode... versions) {
		return java.util.Arrays.stream(versions).collect(Collectors.groupingBy(VersionNode::itemId));
	}

	static String path(BomCycles.Cycle cycle) {
		return cycle.path()
			.stream()
			.map((v) -> NAMES.get(v.itemId()) + "(" + v.version() + ")")
			.collect(Collectors.joining(" → "));
	}

}
