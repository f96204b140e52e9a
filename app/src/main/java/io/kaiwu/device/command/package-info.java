/**
 * Commands (services of the thing model) sent to devices through a
 * {@link io.kaiwu.device.CommandTransport}, waited for and kept with their outcome.
 */
@NullMarked
package io.kaiwu.device.command;

import org.jspecify.annotations.NullMarked;
