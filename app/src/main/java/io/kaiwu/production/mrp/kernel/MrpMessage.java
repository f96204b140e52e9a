package io.kaiwu.production.mrp.kernel;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An exception message (例外信息) for the planner.
 *
 * @param kind what is wrong
 * @param itemId the item
 * @param date the day concerned: the release day that has passed, the day a BOM was
 * missing
 * @param plannedOrder the planned order's number, when it concerns one
 */
public record MrpMessage(Kind kind, UUID itemId, LocalDate date, @Nullable Integer plannedOrder) {

	/** Kinds of exception messages. */
	public enum Kind {

		/**
		 * 延迟下达: the planned order should have been released before today; the demand it
		 * covers will be late unless the lead time is shortened.
		 */
		LATE_RELEASE,
		/**
		 * 无 BOM: a made item has no BOM effective on the release day; nothing exploded.
		 */
		NO_BOM

	}

}
