package dev.ispconfig.boot.autoconfigure.e2e;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A plain Boot application with the starter, as a user writes it: nothing ISPConfig-specific in it. */
@SpringBootApplication
public class StarterApplication {
}
