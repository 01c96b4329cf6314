package dev.ispconfig.boot.autoconfigure;

import dev.ispconfig.client.IspConfigClient;
import dev.ispconfig.client.api.AdminModule;
import dev.ispconfig.client.api.ApsModule;
import dev.ispconfig.client.api.BackupsModule;
import dev.ispconfig.client.api.ClientsModule;
import dev.ispconfig.client.api.CronModule;
import dev.ispconfig.client.api.DatabasesModule;
import dev.ispconfig.client.api.DnsModule;
import dev.ispconfig.client.api.DomainsModule;
import dev.ispconfig.client.api.FtpModule;
import dev.ispconfig.client.api.MailModule;
import dev.ispconfig.client.api.MiscModule;
import dev.ispconfig.client.api.MonitorModule;
import dev.ispconfig.client.api.OpenvzModule;
import dev.ispconfig.client.api.ServerModule;
import dev.ispconfig.client.api.ShellModule;
import dev.ispconfig.client.api.SitesModule;
import dev.ispconfig.client.api.WebdavModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * One bean per API module of the client, so an application injects {@code SitesModule} or {@code DnsModule} where it
 * needs it. Each module is a thin view of the one client: they share its session, interceptors and metrics. With
 * several clients (several panels) no module beans are made: take the modules from the client you mean.
 */
@AutoConfiguration(after = IspConfigAutoConfiguration.class)
@ConditionalOnSingleCandidate(IspConfigClient.class)
public final class IspConfigModulesAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AdminModule ispconfigAdminModule(IspConfigClient client) {
        return client.admin();
    }

    @Bean
    @ConditionalOnMissingBean
    ApsModule ispconfigApsModule(IspConfigClient client) {
        return client.aps();
    }

    @Bean
    @ConditionalOnMissingBean
    BackupsModule ispconfigBackupsModule(IspConfigClient client) {
        return client.backups();
    }

    @Bean
    @ConditionalOnMissingBean
    ClientsModule ispconfigClientsModule(IspConfigClient client) {
        return client.clients();
    }

    @Bean
    @ConditionalOnMissingBean
    CronModule ispconfigCronModule(IspConfigClient client) {
        return client.cron();
    }

    @Bean
    @ConditionalOnMissingBean
    DatabasesModule ispconfigDatabasesModule(IspConfigClient client) {
        return client.databases();
    }

    @Bean
    @ConditionalOnMissingBean
    DnsModule ispconfigDnsModule(IspConfigClient client) {
        return client.dns();
    }

    @Bean
    @ConditionalOnMissingBean
    DomainsModule ispconfigDomainsModule(IspConfigClient client) {
        return client.domains();
    }

    @Bean
    @ConditionalOnMissingBean
    FtpModule ispconfigFtpModule(IspConfigClient client) {
        return client.ftp();
    }

    @Bean
    @ConditionalOnMissingBean
    MailModule ispconfigMailModule(IspConfigClient client) {
        return client.mail();
    }

    @Bean
    @ConditionalOnMissingBean
    MiscModule ispconfigMiscModule(IspConfigClient client) {
        return client.misc();
    }

    @Bean
    @ConditionalOnMissingBean
    MonitorModule ispconfigMonitorModule(IspConfigClient client) {
        return client.monitor();
    }

    @Bean
    @ConditionalOnMissingBean
    OpenvzModule ispconfigOpenvzModule(IspConfigClient client) {
        return client.openvz();
    }

    @Bean
    @ConditionalOnMissingBean
    ServerModule ispconfigServerModule(IspConfigClient client) {
        return client.server();
    }

    @Bean
    @ConditionalOnMissingBean
    ShellModule ispconfigShellModule(IspConfigClient client) {
        return client.shell();
    }

    @Bean
    @ConditionalOnMissingBean
    SitesModule ispconfigSitesModule(IspConfigClient client) {
        return client.sites();
    }

    @Bean
    @ConditionalOnMissingBean
    WebdavModule ispconfigWebdavModule(IspConfigClient client) {
        return client.webdav();
    }
}
