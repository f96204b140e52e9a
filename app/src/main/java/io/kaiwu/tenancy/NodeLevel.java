package io.kaiwu.tenancy;

import java.util.Optional;

/**
 * The levels of the ISA-95 equipment hierarchy below the enterprise, top down. Each level
 * hangs under the one before it; a site hangs directly under the enterprise.
 */
public enum NodeLevel {

	/** 工厂 / 基地, with its own time zone. */
	SITE,
	/** 车间 */
	AREA,
	/** 产线 */
	LINE,
	/** 工位 / 设备位 */
	WORK_UNIT;

	/** The level a node of this level must hang under; empty for a site. */
	public Optional<NodeLevel> parentLevel() {
		return (this == SITE) ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	/** The level of this node's children; empty for a work unit. */
	public Optional<NodeLevel> childLevel() {
		return (this == WORK_UNIT) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	public String messageKey() {
		return "structure.level." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
