package io.kaiwu.production.mrp.kernel;

import java.util.List;
import java.util.UUID;

/**
 * The BOM contains itself somewhere below: MRP cannot give its items a low-level code.
 * The BOM refuses cycles when saved, so this guards against data changed behind its back.
 */
public final class BomCycle extends RuntimeException {

	private final List<UUID> path;

	BomCycle(List<UUID> path) {
		super("BOM cycle through " + path);
		this.path = List.copyOf(path);
	}

	/** The items around the cycle, starting and ending with the same item. */
	public List<UUID> path() {
		return this.path;
	}

}
