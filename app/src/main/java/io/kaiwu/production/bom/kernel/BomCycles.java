package io.kaiwu.production.bom.kernel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the cycle a new or changed BOM version would close. A chain A → B → C → A is a
 * cycle only if the versions along it can be effective on one same day; versions of other
 * periods never explode together. The existing versions are free of cycles, so any new
 * cycle runs through the version checked.
 */
public final class BomCycles {

	private BomCycles() {
	}

	/**
	 * The cycle through {@code candidate}, if any.
	 * @param candidate the version about to be saved
	 * @param versionsByItem the other versions of every item (without the candidate's
	 * earlier state)
	 * @return the versions along the cycle, starting and ending with the candidate; the
	 * second element is reached through the first line of the candidate that starts the
	 * cycle
	 */
	public static Optional<Cycle> find(VersionNode candidate, Map<UUID, List<VersionNode>> versionsByItem) {
		Set<Visit> explored = new HashSet<>();
		for (int line = 0; line < candidate.components().size(); line++) {
			List<VersionNode> path = new ArrayList<>(List.of(candidate));
			if (reaches(candidate, candidate.components().get(line), candidate.effectivity(), path, versionsByItem,
					explored)) {
				return Optional.of(new Cycle(line, path));
			}
		}
		return Optional.empty();
	}

	/**
	 * A cycle: the versions along it, first and last the version checked.
	 *
	 * @param line the index of the candidate's line that starts the cycle
	 * @param path the versions along the cycle
	 */
	public record Cycle(int line, List<VersionNode> path) {

		public Cycle {
			path = List.copyOf(path);
		}

	}

	private record Visit(UUID versionId, Effectivity within) {
	}

	private static boolean reaches(VersionNode candidate, UUID item, Effectivity within, List<VersionNode> path,
			Map<UUID, List<VersionNode>> versionsByItem, Set<Visit> explored) {
		if (item.equals(candidate.itemId())) {
			path.add(candidate);
			return true;
		}
		for (VersionNode next : versionsByItem.getOrDefault(item, List.of())) {
			if (next.id().equals(candidate.id())) {
				continue;
			}
			Optional<Effectivity> together = within.intersection(next.effectivity());
			if (together.isEmpty() || onPath(path, next.itemId())
					|| !explored.add(new Visit(next.id(), together.get()))) {
				continue;
			}
			path.add(next);
			for (UUID component : next.components()) {
				if (reaches(candidate, component, together.get(), path, versionsByItem, explored)) {
					return true;
				}
			}
			path.remove(path.size() - 1);
		}
		return false;
	}

	private static boolean onPath(List<VersionNode> path, UUID item) {
		return path.stream().anyMatch((v) -> v.itemId().equals(item));
	}

}
