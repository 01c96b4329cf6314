package dev.ispconfig.sample;

import dev.ispconfig.client.DataRecord;
import dev.ispconfig.client.api.PhpMode;
import dev.ispconfig.client.api.SitesModule;
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
        return Site.of(sites.webDomainGet(id));
    }

    /** Body: {@code {"mode": "PHP_FPM", "serverPhpId": 0}}; the mode names are those of {@link PhpMode}. */
    @PostMapping("/{id}/php")
    Map<String, Object> enablePhp(@PathVariable int id, @RequestBody PhpRequest request) {
        int changed = sites.enablePhp(id, request.mode(), request.serverPhpId());
        return Map.of("id", id, "php", request.mode().wireValue(), "changed", changed);
    }

    @PostMapping("/{id}/letsencrypt")
    Map<String, Object> enableLetsencrypt(@PathVariable int id) {
        return Map.of("id", id, "letsencrypt", true, "changed", sites.enableLetsencrypt(id));
    }

    record PhpRequest(PhpMode mode, int serverPhpId) {
    }

    /** What the app shows of a site: never the whole row, which holds the TLS private key among others. */
    record Site(int id, String domain, int serverId, boolean active, String php, boolean ssl,
            boolean letsencrypt, String documentRoot) {

        static Site of(DataRecord row) {
            return new Site(row.getInt("domain_id"), row.getString("domain"), row.getInt("server_id"),
                    row.getOptionalBoolean("active").orElse(false), row.getOptionalString("php").orElse("no"),
                    row.getOptionalBoolean("ssl").orElse(false),
                    row.getOptionalBoolean("ssl_letsencrypt").orElse(false),
                    row.getOptionalString("document_root").orElse(null));
        }
    }
}
