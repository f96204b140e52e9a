/**
 * The demo plant's meters and tariff, seeded with the demo tenant.
 */
@NullMarked
package io.kaiwu.energy.demo;

import org.jspecify.annotations.NullMarked;
