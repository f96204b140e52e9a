/** REST endpoints and pages of resource. */
@NullMarked
package io.kaiwu.production.resource.web;

import org.jspecify.annotations.NullMarked;
