package io.kaiwu.ehs.site;

import io.kaiwu.shared.TenantId;

/** Monitored points were added: the live grading reads them again. */
public record PointsChanged(TenantId tenant) {
}
