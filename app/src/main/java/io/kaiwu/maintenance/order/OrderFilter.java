package io.kaiwu.maintenance.order;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Which orders a list shows; every field {@literal null} means all. */
public record OrderFilter(@Nullable UUID equipmentId, @Nullable OrderState state, @Nullable OrderKind kind) {
}
