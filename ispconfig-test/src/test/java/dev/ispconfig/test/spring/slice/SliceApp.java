package dev.ispconfig.test.spring.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application {@link WebMvcSliceTest} cuts its slice from (found as the package's configuration). */
@SpringBootApplication
class SliceApp {
}
