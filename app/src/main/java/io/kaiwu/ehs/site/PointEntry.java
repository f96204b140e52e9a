package io.kaiwu.ehs.site;

import java.util.UUID;

/**
 * A monitored point with where it is: its owner's code and node, and whether it has been
 * removed (its exceedance records still name it).
 *
 * @param onSource whether the owner is a hazardous source (else a discharge point).
 */
public record PointEntry(MonitoredPoint point, String ownerCode, UUID nodeId, boolean onSource, boolean removed) {
}
