/**
 * The usage meter of each machine (running seconds, parts made, the state it is in) and
 * its running periods, kept from the equipment module's events.
 */
@NullMarked
package io.kaiwu.maintenance.usage;

import org.jspecify.annotations.NullMarked;
