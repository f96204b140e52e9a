package io.kaiwu.ehs.inspection;

/** A finding and whether it is overdue today, counted in its site's time zone. */
public record TrackedFinding(Finding finding, boolean overdue) {
}
