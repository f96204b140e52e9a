/**
 * The logic of bills of materials in plain Java: effectivity (生效期), the search for a
 * cycle among versions that can be effective together, and the multi-level explosion
 * (多级展开) with cumulative quantities.
 */
@NullMarked
package io.kaiwu.production.bom.kernel;

import org.jspecify.annotations.NullMarked;
