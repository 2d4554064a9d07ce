/**
 * dvc4j spring-boot-autoconfigure: the {@code Dvc4j} runtime and its main services as Spring beans, {@code dvc4j.*}
 * properties, dvc4j's wire format in Spring MVC (strict, whichever Jackson the host's Boot uses), RFC 9457 problem
 * details in Vietnamese and English, and Actuator info and health. Works on Spring Boot 3.5 and 4.0.
 */
module dev.dvc4j.spring.boot.autoconfigure {
    requires transitive dev.dvc4j.core;
    requires static dev.dvc4j.postal;
    requires static dev.dvc4j.stats;
    requires static dev.dvc4j.jackson3;
    requires static tools.jackson.databind;
    requires com.fasterxml.jackson.databind;
    requires transitive spring.boot.autoconfigure;
    requires spring.boot;
    requires spring.context;
    requires spring.beans;
    requires spring.core;
    requires static spring.web;
    requires static spring.webmvc;
    requires static jakarta.servlet;
    requires static spring.boot.actuator;
    requires static spring.boot.health;
    requires org.slf4j;

    exports dev.dvc4j.spring.boot.autoconfigure;

    // Spring reads the configuration classes and binds the properties reflectively.
    opens dev.dvc4j.spring.boot.autoconfigure;
}
