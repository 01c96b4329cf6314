package dev.ispconfig.sample;

import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.test.Seed;

/** What the demo panel holds: one client with a site, a DNS zone with a few records, and a mail domain. */
final class DemoData {

    private DemoData() {
    }

    static void seed(IspConfigSimulator panel) {
        Seed.Client acme = panel.seed().client("acme");
        acme.webDomain("example.com");
        acme.webDomain("shop.example.com");
        Seed.Zone zone = acme.dnsZone("example.com.");
        zone.aRecord("www", "192.0.2.10");
        zone.aRecord("mail", "192.0.2.25");
        zone.record("MX", "example.com.", "mail.example.com.");
        zone.record("TXT", "example.com.", "v=spf1 mx -all");
        Seed.MailDomain mail = acme.mailDomain("example.com");
        mail.mailbox("info");
        mail.mailbox("support");
        mail.forward("sales", "info@example.com");
    }
}
