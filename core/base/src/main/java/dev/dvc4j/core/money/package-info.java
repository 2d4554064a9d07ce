/** Money in whole Vietnamese đồng. */
package dev.dvc4j.core.money;
