/**
 * The public resolver ({@code GET /id/{identifier}}, no sign-in) that shows the public
 * part of a lot's or serial's record, and the REST API of the enterprise prefix.
 */
@NullMarked
package io.kaiwu.quality.identifier.web;

import org.jspecify.annotations.NullMarked;
