/** PDCA cycles over REST and as the timeline page. */
@NullMarked
package io.kaiwu.transform.cycle.web;

import org.jspecify.annotations.NullMarked;
