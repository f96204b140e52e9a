/** REST API and pages of the maintenance module. */
@NullMarked
package io.kaiwu.maintenance.web;

import org.jspecify.annotations.NullMarked;
