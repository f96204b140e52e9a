package io.kaiwu.health.profile;

/** A health profile was saved or removed: the watch reloads the profiles after commit. */
public record ProfilesChanged() {
}
