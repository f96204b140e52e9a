/** The scenario atlas and the evidence over REST, and the atlas pages. */
@NullMarked
package io.kaiwu.transform.atlas.web;

import org.jspecify.annotations.NullMarked;
