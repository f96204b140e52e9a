/** EHS over REST, under {@code /api/v1/ehs}. */
@NullMarked
package io.kaiwu.ehs.web;

import org.jspecify.annotations.NullMarked;
