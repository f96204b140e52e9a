package io.kaiwu.transform.assessment;

import java.time.Instant;

import io.kaiwu.transform.scoring.MaturityModel;
import org.jspecify.annotations.Nullable;

/**
 * A model version in a tenant's catalogue.
 *
 * @param fileName the file it was read from.
 * @param importedBy who imported it, {@literal null} for a shipped model.
 * @param importedAt when, {@literal null} for a shipped model.
 */
public record CatalogEntry(MaturityModel model, ModelOrigin origin, String fileName, @Nullable String importedBy,
		@Nullable Instant importedAt) {
}
