/** REST endpoints and pages of bom. */
@NullMarked
package io.kaiwu.production.bom.web;

import org.jspecify.annotations.NullMarked;
