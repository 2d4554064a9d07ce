/** JMH benchmarks; run with {@code java -jar benchmarks/target/benchmarks.jar REGEX} after {@code ./mvnw -B package}. */
package dev.dvc4j.benchmarks;
