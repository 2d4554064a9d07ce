/**
 * Spring Boot auto-configuration for dvc4j: {@link dev.dvc4j.spring.boot.autoconfigure.Dvc4jAutoConfiguration} (the
 * runtime and its services), {@link dev.dvc4j.spring.boot.autoconfigure.Dvc4jWebMvcAutoConfiguration} (wire format,
 * problem details, locale) and {@link dev.dvc4j.spring.boot.autoconfigure.Dvc4jActuatorAutoConfiguration} (info and
 * health), configured by {@link dev.dvc4j.spring.boot.autoconfigure.Dvc4jProperties}.
 */
package dev.dvc4j.spring.boot.autoconfigure;
