package io.farmroutes.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The studio pipeline as a Spring Boot application: renders and publishes the sample shots, then exits. */
@SpringBootApplication
public class StudioSpringBootApp {

    public static void main(String[] args) {
        // the runner has done its work once run() returns; exit closes the context (Camel, then the emulators)
        System.exit(SpringApplication.exit(SpringApplication.run(StudioSpringBootApp.class, args)));
    }
}
