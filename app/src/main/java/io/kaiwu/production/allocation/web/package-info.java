/** The REST API and the page of multi-plant allocation. */
@NullMarked
package io.kaiwu.production.allocation.web;

import org.jspecify.annotations.NullMarked;
