package dev.dvc4j.stats.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.stats.DossierFacts;
import dev.dvc4j.stats.Dimension;
import dev.dvc4j.core.procedure.OnlineMode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fact files written with the old snake_case names still read for one release; the writers use kebab-case. */
class LegacyWireNamesTest {

    @Test
    void oldSpellingsReadAsTheNewOnesAndTheWritersUseTheNew() {
        String line = "{\"code\":\"X\",\"agency\":\"000.00.21.H42\",\"procedure\":\"1.002859\",\"channel\":\"in_person\","
                + "\"onlineMode\":\"not_online\",\"status\":\"result_returned\",\"filedAt\":\"2026-02-13T09:00:00+07:00\"}";
        String kebab = line.replace("in_person", "in-person").replace("not_online", "not-online")
                .replace("result_returned", "result-returned");
        List<DossierFacts> read = new ArrayList<>();
        assertThat(FactsReader.jsonLines().strict().read(new StringReader(line + "\n" + kebab + "\n"), read::add).isClean())
                .isTrue();
        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isEqualTo(read.get(1));
        assertThat(read.get(0).channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(read.get(0).onlineMode()).isEqualTo(OnlineMode.NOT_ONLINE);
        StringWriter out = new StringWriter();
        FactsWriter.jsonLines(out).write(read.get(0));
        assertThat(out.toString()).contains("\"channel\":\"in-person\"").contains("\"onlineMode\":\"not-online\"")
                .doesNotContain("_");
        // an unknown name is still refused
        List<DossierFacts> none = new ArrayList<>();
        assertThat(FactsReader.jsonLines().read(new StringReader(line.replace("in_person", "in_persons") + "\n"),
                none::add).isClean()).isFalse();
        assertThat(Dimension.parse("online_mode")).isEqualTo(Dimension.ONLINE_MODE);
        assertThat(ResultDelivery.POSTAL.wireName()).isEqualTo("postal");
    }
}
