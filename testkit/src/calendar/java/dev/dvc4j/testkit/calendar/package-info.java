/** Contract tests a vendor's working calendar must pass. */
package dev.dvc4j.testkit.calendar;
