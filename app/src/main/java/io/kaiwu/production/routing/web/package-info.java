/** REST endpoints and pages of routing. */
@NullMarked
package io.kaiwu.production.routing.web;

import org.jspecify.annotations.NullMarked;
