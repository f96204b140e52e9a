/** REST endpoints and pages of routings and the setup matrix. */
@NullMarked
package io.kaiwu.production.routing.web;

import org.jspecify.annotations.NullMarked;
