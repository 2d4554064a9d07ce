/**
 * dvc4j spring-boot-starter: the one dependency of a Spring Boot application that uses dvc4j. It holds no classes; it
 * brings the auto-configuration, the core, postal and statistics artifacts and the Jackson 3 codecs.
 */
module dev.dvc4j.spring.boot.starter {
    requires transitive dev.dvc4j.spring.boot.autoconfigure;
    requires transitive dev.dvc4j.core;
    requires transitive dev.dvc4j.postal;
    requires transitive dev.dvc4j.stats;
}
