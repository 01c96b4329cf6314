package dev.ispconfig.test.spring.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.ispconfig.test.IspConfigSimulator;
import dev.ispconfig.test.Request;
import dev.ispconfig.test.spring.AutoConfigureIspConfigSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A web slice, which loads controllers and MVC infrastructure only, still gets the starter's module beans and the
 * simulator from {@link AutoConfigureIspConfigSimulator}: a request through MockMvc reaches the simulated panel.
 */
@WebMvcTest(controllers = SiteController.class)
@AutoConfigureIspConfigSimulator
class WebMvcSliceTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private IspConfigSimulator panel;

    @Test
    void aControllersSitesModuleReachesTheSimulator() throws Exception {
        int site = panel.seed().client("acme").webDomain("slice.example");

        mvc.perform(get("/sites/{id}", site)).andExpect(status().isOk()).andExpect(content().string("slice.example"));

        assertThat(panel.requests("sites_web_domain_get")).singleElement()
                .satisfies(call -> assertThat(call.argument(0)).isEqualTo(site))
                .satisfies(call -> assertThat(call.user()).isEqualTo(panel.username()))
                .satisfies(call -> assertThat(call.succeeded()).isTrue());
        assertThat(panel.requests()).extracting(Request::method).containsExactly("login", "sites_web_domain_get");
    }
}
