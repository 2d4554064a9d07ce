package dev.dvc4j.core.dossier;

import static dev.dvc4j.core.dossier.DossierLifecycleTest.POLICY;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.filed;
import static dev.dvc4j.core.dossier.DossierLifecycleTest.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dvc4j.core.Dvc4jException;
import dev.dvc4j.core.id.PersonalId;
import dev.dvc4j.core.id.TaxCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality both ways, texts without personal data, applicants' names required, digests at the ASCII boundary. */
class DossierTextAndEqualityTest {

    @Test
    void aDossierEqualsItsReplayAndNotAnotherStep() {
        Dossier a = filed().receive(t(1), "officer", POLICY);
        Dossier replayed = Dossier.replay(a.events());
        assertThat(replayed).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a).isNotEqualTo(filed());
        assertThat(a.hashCode()).isNotEqualTo(filed().hashCode());
        assertThat(a).isNotEqualTo("a dossier");
    }

    @Test
    void aDossiersTextNamesItsCodeProcedureStatusChannelAndVersionOnly() {
        Dossier a = filed().receive(t(1), "officer", POLICY);
        assertThat(a.toString()).isEqualTo("Dossier[" + a.code() + ", procedure=" + a.procedure()
                + ", status=received, channel=" + a.channel().wireName() + ", version=2]");
        assertThat(a.summary()).isEqualTo("Cấp phù hiệu xe tải");
        assertThat(a.fees()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("LP1"));
    }

    @Test
    void addressesAndCitizensHideTheStreetAndTheBirthDate() {
        assertThat(new Address("42", "18070", "12 Trần Phú").toString())
                .isEqualTo("Address[province=42, commune=18070, line=***]");
        assertThat(new Address("42", "18070", null).toString()).isEqualTo("Address[province=42, commune=18070, line=null]");
        Citizen withBirthDate = new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), LocalDate.of(1995, 3, 1),
                null, null);
        assertThat(withBirthDate.toString()).contains("birthDate=****").doesNotContain("1995");
        Citizen without = new Citizen("Nguyễn Văn An", PersonalId.parse("042095001234"), null, null, null);
        assertThat(without.toString()).contains("birthDate=null");
        assertThat(without.displayName()).isEqualTo("Nguyễn Văn An");
        assertThat(without.identifier()).isEqualTo("042095001234");
    }

    @Test
    void anOrganisationNeedsANameAndIsNamedByItsTaxCode() {
        Organisation o = new Organisation(" Công ty A ", TaxCode.parse("0100109106"), null, null, null);
        assertThat(o.displayName()).isEqualTo("Công ty A");
        assertThat(o.identifier()).isEqualTo("0100109106");
        assertThat(o.contact()).isEqualTo(Contact.NONE);
        assertThat(o.toString()).startsWith("Organisation[name=Công ty A, taxCode=").contains("representative=null");
        for (String blank : new String[] {null, " "}) {
            assertThatThrownBy(() -> new Organisation(blank, TaxCode.parse("0100109106"), null, null, null))
                    .isInstanceOfSatisfying(Dvc4jException.class, e -> {
                        assertThat(e.code()).isEqualTo("dossier.applicant-name");
                        assertThat(e.text().en()).isEqualTo("An organisation's name is required");
                        assertThat(e.text().vi()).isEqualTo("Thiếu tên tổ chức");
                    });
        }
    }

    @Test
    void aDigestIsSixtyFourLowerCaseHexDigits_andNothingBeyondAscii() {
        assertThat(Hashing.isSha256Hex("0123456789abcdef".repeat(4))).isTrue();
        assertThat(Hashing.isSha256Hex("0123456789ABCDEF".repeat(4))).isFalse();
        assertThat(Hashing.isSha256Hex("\u0080" + "0".repeat(63))).isFalse();
        assertThat(Hashing.isSha256Hex("\u007f" + "0".repeat(63))).isFalse();
        assertThat(Hashing.isSha256Hex("0".repeat(63))).isFalse();
        assertThat(Hashing.isSha256Hex(null)).isFalse();
    }

    @Test
    void anEventThatDoesNotFollowTheHeadIsRefused_oneThatDoesIsApplied() {
        Dossier d = filed();
        Dossier next = Dossier.replay(List.of(d.events().get(0)));
        assertThat(next).isEqualTo(d);
        assertThat(next.headHash()).isEqualTo(d.headHash()).isEqualTo(Dossier.hash(d.events().get(0)));
        Received ok = new Received(t(1), "officer", null, d.headHash(), t(2));
        assertThat(d.apply(ok).status()).isEqualTo(DossierStatus.RECEIVED);
        Received broken = new Received(t(1), "officer", null, "1".repeat(64), t(2));
        assertThatThrownBy(() -> d.apply(broken)).isInstanceOfSatisfying(HistoryException.class, e -> {
            assertThat(e.text().en()).isEqualTo("Event \"received\" does not follow dossier " + d.code()
                    + ": its previous hash does not match");
            assertThat(e.text().vi()).isEqualTo("Sự kiện \"received\" không nối tiếp hồ sơ " + d.code()
                    + ": mã băm trước không khớp");
        });
    }
}
