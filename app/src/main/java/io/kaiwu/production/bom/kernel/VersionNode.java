package io.kaiwu.production.bom.kernel;

import java.util.List;
import java.util.UUID;

/**
 * One BOM version as the cycle search sees it: which item it makes, when it is effective,
 * and its components in line order.
 *
 * @param id the version
 * @param itemId the parent item
 * @param version its label
 * @param effectivity when it is effective
 * @param components the component items, in line order
 */
public record VersionNode(UUID id, UUID itemId, String version, Effectivity effectivity, List<UUID> components) {

	public VersionNode {
		components = List.copyOf(components);
	}

}
