/**
 * A provincial vendor's module: {@link dev.dvc4j.examples.vendor.HaTinhModule} overrides the calendar, deadline policy
 * and postal tariff for one province, and {@link dev.dvc4j.examples.vendor.VendorModuleExample} shows the difference.
 */
package dev.dvc4j.examples.vendor;
