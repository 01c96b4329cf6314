package dev.ispconfig.sample;

import dev.ispconfig.client.api.PhpMode;
import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.client.model.sites.WebDomain;
import java.util.Arrays;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Web sites: read one, switch PHP on, ask for a Let's Encrypt certificate. */
@RestController
@RequestMapping("/api/sites")
class SitesController {

    private final SitesModule sites;

    SitesController(SitesModule sites) {
        this.sites = sites;
    }

    @GetMapping("/{id}")
    Site site(@PathVariable int id) {
        return Site.of(sites.webDomain(id)); // an id of 0 or less is refused before the call
    }

    /** Body: {@code {"mode": "PHP_FPM", "serverPhpId": 0}}; the mode names are those of {@link PhpMode}. */
    @PostMapping("/{id}/php")
    Map<String, Object> enablePhp(@PathVariable int id, @RequestBody PhpRequest request) {
        if (request.mode() == null) {
            throw new IllegalArgumentException("mode is required: one of " + Arrays.toString(PhpMode.values()));
        }
        int changed = sites.enablePhp(id, request.mode(), request.serverPhpId() == null ? 0 : request.serverPhpId());
        return Map.of("id", id, "php", request.mode().wireValue(), "changed", changed);
    }

    @PostMapping("/{id}/letsencrypt")
    Map<String, Object> enableLetsencrypt(@PathVariable int id) {
        return Map.of("id", id, "letsencrypt", true, "changed", sites.enableLetsencrypt(id));
    }

    record PhpRequest(PhpMode mode, Integer serverPhpId) {
    }

    /** What the app shows of a site: never the whole row, which holds the TLS private key among others. */
    record Site(int id, String domain, int serverId, boolean active, String php, boolean ssl,
            boolean letsencrypt, String documentRoot) {

        static Site of(WebDomain site) {
            return new Site(site.id(), site.domain(), site.serverId(), site.active(), site.phpAsString(), site.ssl(),
                    site.sslLetsencrypt(), site.documentRoot());
        }
    }
}
