package dev.dvc4j.testkit.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dvc4j.core.procedure.DocumentRequirement;
import dev.dvc4j.core.procedure.Procedure;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/**
 * Generated procedures ask for the five documents the rules are exercised with: an application form and a certificate
 * always required, two alternatives of one group required together or not at all, and a photo required or not.
 */
class ProcedureArbitrariesTest {

    @Provide
    Arbitrary<Procedure> procedures() {
        return ProcedureArbitraries.procedures();
    }

    @Property(tries = 200)
    void proceduresAskForTheFiveDocuments(@ForAll("procedures") Procedure p) {
        List<DocumentRequirement> docs = p.documents();
        assertThat(docs).extracting(DocumentRequirement::code).containsExactly("C1", "C2", "C3", "C4", "C5");
        assertThat(docs.get(0).required()).isTrue();
        assertThat(docs.get(1).required()).isTrue();
        assertThat(docs.get(2).alternativeGroup()).isEqualTo(Optional.of("g"));
        assertThat(docs.get(3).alternativeGroup()).isEqualTo(Optional.of("g"));
        assertThat(docs.get(2).required()).isEqualTo(docs.get(3).required());
        assertThat(docs.get(4).copies()).isEqualTo(2);
    }
}
