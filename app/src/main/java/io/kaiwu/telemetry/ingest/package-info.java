@NullMarked
package io.kaiwu.telemetry.ingest;

import org.jspecify.annotations.NullMarked;
