/** The demo tenant's configurable gear shaft. */
@NullMarked
package io.kaiwu.production.configurator.demo;

import org.jspecify.annotations.NullMarked;
