/**
 * Emergency plans (应急预案) per site linked to hazardous sources, and drills (应急演练) whose
 * findings enter the inspection loop; plans due for review or for a drill are flagged.
 */
@NullMarked
package io.kaiwu.ehs.emergency;

import org.jspecify.annotations.NullMarked;
