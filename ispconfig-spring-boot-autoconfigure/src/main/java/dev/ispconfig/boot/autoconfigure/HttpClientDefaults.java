package dev.ispconfig.boot.autoconfigure;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundle;

/**
 * What Boot's global HTTP client settings ({@code spring.http.clients.*}, Boot's {@code HttpClientSettings} bean) say,
 * for the {@code ispconfig.*} properties that are not set. Every part may be null.
 */
record HttpClientDefaults(@Nullable Duration connectTimeout, @Nullable Duration readTimeout,
        @Nullable SslBundle sslBundle) {

    static final HttpClientDefaults NONE = new HttpClientDefaults(null, null, null);
}
