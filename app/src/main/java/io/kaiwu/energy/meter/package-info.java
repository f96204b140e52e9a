/**
 * The tenant's meters: physical ones reading a device's counter and virtual ones made of
 * others, hung on the enterprise structure and in a metering tree. Internal to the energy
 * module.
 */
@NullMarked
package io.kaiwu.energy.meter;

import org.jspecify.annotations.NullMarked;
