/**
 * The demo site group: a fictional county (示例县) with its portal and department sites, their
 * channel trees and staff, created on first start so that a new user sees a working platform.
 */
@NullMarked
package org.govsite.demo;

import org.jspecify.annotations.NullMarked;
