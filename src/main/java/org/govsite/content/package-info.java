/**
 * The one library of documents (信息资源库): documents written once and placed in channels of
 * one or more sites, their versions, attachments, review workflow and the offering of documents
 * to the portal.
 */
@NullMarked
package org.govsite.content;

import org.jspecify.annotations.NullMarked;
