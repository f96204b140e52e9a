@NullMarked
package io.kaiwu.device.registry;

import org.jspecify.annotations.NullMarked;
