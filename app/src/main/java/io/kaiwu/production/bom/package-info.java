/**
 * Bills of materials (BOM, 物料清单): per parent item, versions with effectivity and their
 * component lines; refuses unknown items and any cycle among versions that can be
 * effective together; multi-level explosion and where-used; Excel import of BOM lines.
 */
@NullMarked
package io.kaiwu.production.bom;

import org.jspecify.annotations.NullMarked;
