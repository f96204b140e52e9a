/** The demo plant's boiler stack and gas detectors as monitored points. */
@NullMarked
package io.kaiwu.ehs.demo;

import org.jspecify.annotations.NullMarked;
