/** The demo plant's machines in the equipment registry. */
@NullMarked
package io.kaiwu.equipment.demo;

import org.jspecify.annotations.NullMarked;
