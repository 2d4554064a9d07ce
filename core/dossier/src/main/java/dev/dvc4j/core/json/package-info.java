/** dvc4j's JSON wire format: the Jackson module, ready-made mappers and the {@link dev.dvc4j.core.json.VnTime} annotation. */
package dev.dvc4j.core.json;
