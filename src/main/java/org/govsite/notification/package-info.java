/**
 * Staff messages for every module: the console's inbox with its unread count, and the same message
 * by email where a mail server is configured, as each user chose per kind of message.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "identity", "audit" })
package org.govsite.notification;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
