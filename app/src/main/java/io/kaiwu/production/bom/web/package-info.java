/** REST endpoints and pages of BOMs: editor, explosion, where-used, import. */
@NullMarked
package io.kaiwu.production.bom.web;

import org.jspecify.annotations.NullMarked;
