/** REST endpoints and pages of work centres and resources, and the import templates. */
@NullMarked
package io.kaiwu.production.resource.web;

import org.jspecify.annotations.NullMarked;
