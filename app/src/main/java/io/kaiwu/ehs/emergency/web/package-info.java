/**
 * Emergency plans and drills over REST under {@code /api/v1/ehs} and as the 应急管理 page
 * under {@code /ehs/emergency}.
 */
@NullMarked
package io.kaiwu.ehs.emergency.web;

import org.jspecify.annotations.NullMarked;
