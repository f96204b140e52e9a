/** The roadmap planner over REST and as pages. */
@NullMarked
package io.kaiwu.transform.roadmap.web;

import org.jspecify.annotations.NullMarked;
