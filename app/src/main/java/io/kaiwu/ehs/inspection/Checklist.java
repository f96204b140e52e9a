package io.kaiwu.ehs.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An inspection checklist (安全检查表) of a site, with its items in order. */
public record Checklist(UUID id, String code, String name, UUID siteId, List<ChecklistItem> items, String createdBy,
		Instant createdAt) {

	public Checklist {
		items = List.copyOf(items);
	}

}
