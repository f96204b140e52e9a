@NullMarked
package io.kaiwu.device.demo;

import org.jspecify.annotations.NullMarked;
