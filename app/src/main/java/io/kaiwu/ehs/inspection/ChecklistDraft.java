package io.kaiwu.ehs.inspection;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A checklist as entered. */
public record ChecklistDraft(@Nullable String code, @Nullable String name, @Nullable UUID siteId,
		@Nullable List<ItemDraft> items) {

	/** An item as entered. */
	public record ItemDraft(@Nullable String text, @Nullable String category, @Nullable String legalBasis) {
	}

}
