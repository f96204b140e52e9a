/**
 * PDCA cycles (规划-实施-评估-优化循环, the guide's 持续改进): a cycle carries out one phase of a
 * roadmap, is measured by a results evaluation, and when closed names the gaps that
 * remain; the next cycle starts from them, so the transformation rises as a spiral
 * (螺旋式提升).
 */
@NullMarked
package io.kaiwu.transform.cycle;

import org.jspecify.annotations.NullMarked;
