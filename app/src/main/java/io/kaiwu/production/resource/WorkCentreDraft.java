package io.kaiwu.production.resource;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or change a work centre.
 *
 * @param plantId the site (plant) it stands in
 * @param code its code, unique in the tenant
 * @param name its name
 */
public record WorkCentreDraft(@Nullable UUID plantId, @Nullable String code, @Nullable String name) {
}
