/** REST endpoints and the page of the product configurator. */
@NullMarked
package io.kaiwu.production.configurator.web;

import org.jspecify.annotations.NullMarked;
