/**
 * The roadmap planner's arithmetic as plain Java: a project's money (NPV, ROI, payback)
 * and the ranking of scenarios into phases.
 */
@NullMarked
package io.kaiwu.transform.roadmap.kernel;

import org.jspecify.annotations.NullMarked;
