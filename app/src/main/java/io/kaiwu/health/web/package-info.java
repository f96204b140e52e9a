/** The health module's REST API and page. */
@NullMarked
package io.kaiwu.health.web;

import org.jspecify.annotations.NullMarked;
