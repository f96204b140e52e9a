package io.kaiwu.quality.inspection.telemetry;

/** A mapping was created, changed or deleted: the grouping reads the mappings again. */
record MappingsChanged() {
}
