package dev.ispconfig.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small web app over the SDK: REST endpoints that read and change a panel through the injected module beans, the
 * actuator's health, metrics and Prometheus endpoints, and a dashboard page at {@code /}. Without
 * {@code ispconfig.url} it runs against the embedded simulator with demo data.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
