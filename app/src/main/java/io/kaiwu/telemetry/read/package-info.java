@NullMarked
package io.kaiwu.telemetry.read;

import org.jspecify.annotations.NullMarked;
