package dev.dvc4j.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A one-stop system's back end in a few lines: Spring Boot with dvc4j's starter and no dvc4j configuration. The
 * starter gives the runtime, the deadline policy and the other services as beans, reads and writes dossiers in the
 * wire format, answers errors with Vietnamese or English problem details, and reports data coverage to Actuator.
 */
@SpringBootApplication
public class SpringHostApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot's arguments ({@code --server.port=8081})
     */
    public static void main(String[] args) {
        SpringApplication.run(SpringHostApplication.class, args);
    }
}
