@NullMarked
package io.kaiwu.device.thingmodel;

import org.jspecify.annotations.NullMarked;
