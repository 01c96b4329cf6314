package dev.ispconfig.test.spring.slice;

import dev.ispconfig.client.api.SitesModule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller as an application writes one, with the starter's module injected. Not nested in the test: component
 * scanning leaves out a test class's nested classes, so the slice would not find it there.
 */
@RestController
class SiteController {

    private final SitesModule sites;

    SiteController(SitesModule sites) {
        this.sites = sites;
    }

    @GetMapping("/sites/{id}")
    String domain(@PathVariable int id) {
        return sites.webDomainGet(id).getString("domain");
    }
}
