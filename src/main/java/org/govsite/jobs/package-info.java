/**
 * Background work for every module, on one facility: schedules that run on one admin node at a
 * time (or on every node, for work such as rereading a cache), one-time jobs that are kept in the
 * database and retried, and one console page that shows them all with their last runs and
 * failures. Built on db-scheduler (docs/adr/0001-background-jobs.md).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "platform", "identity", "audit" })
package org.govsite.jobs;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
