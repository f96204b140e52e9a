@NullMarked
package io.kaiwu.telemetry.web;

import org.jspecify.annotations.NullMarked;
