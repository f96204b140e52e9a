/**
 * The product configurator's logic in plain Java: option groups, options and their BOM
 * and routing effects, REQUIRES / EXCLUDES rules, which options a selection still allows
 * and why not, the deterministic variant code, and the variant BOM and routing composed
 * from the base product's.
 */
@NullMarked
package io.kaiwu.production.configurator.kernel;

import org.jspecify.annotations.NullMarked;
