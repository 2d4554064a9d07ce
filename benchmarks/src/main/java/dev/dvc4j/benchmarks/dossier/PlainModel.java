package dev.dvc4j.benchmarks.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A plain-record mirror of the dossier wire form: the same JSON, with strings and numbers only. */
public final class PlainModel {

    private PlainModel() {
    }

    /** @param provinceCode p @param communeCode c @param line l */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainAddress(String provinceCode, String communeCode, String line) {
    }

    /** @param phone p @param email e */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainContact(String phone, String email) {
    }

    /** @param type t @param fullName n @param personalId i @param birthDate b @param contact c @param address a */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainApplicant(String type, String fullName, String personalId, String birthDate, PlainContact contact,
                                 PlainAddress address) {
    }

    /** @param componentCode c @param name n @param sha256 s @param digitised d @param reused r @param fromNationalStore f */
    public record PlainDocument(String componentCode, String name, String sha256, boolean digitised, boolean reused,
                                boolean fromNationalStore) {
    }

    /** @param code c @param name n @param amount a @param kind k */
    public record PlainFee(String code, String name, long amount, String kind) {
    }

    /** @param amount a @param method m @param reference r */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainPayment(long amount, String method, String reference) {
    }

    /** @param requestedAt r @param reason w @param completedAt c @param dueBefore b @param dueAfter a */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainSupplement(String requestedAt, String reason, String completedAt, String dueBefore, String dueAfter) {
    }

    /** @param code c @param name n @param electronic e @param sha256 s */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainResult(String code, String name, boolean electronic, String sha256) {
    }

    /** The union of every event's fields. @param type t @param at a @param actor b @param note n @param previousHash h
     * @param code c @param procedure p @param agency g @param applicant ap @param channel ch @param resultDelivery rd
     * @param period pe @param summary su @param vneidAuthenticated v @param documents d @param fees f @param dueAt du
     * @param unit u @param reason r @param payment pa @param outcome o @param reasons rs @param results re
     * @param delivery de @param newDueAt nd */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainEvent(String type, String at, String actor, String note, String previousHash, String code,
                             String procedure, String agency, PlainApplicant applicant, String channel,
                             String resultDelivery, String period, String summary, Boolean vneidAuthenticated,
                             List<PlainDocument> documents, List<PlainFee> fees, String dueAt, String unit, String reason,
                             PlainPayment payment, String outcome, List<String> reasons, List<PlainResult> results,
                             String delivery, String newDueAt) {
    }

    /** The dossier. @param code c @param procedure p @param agency a @param status s @param version v
     * @param headHash h @param applicant ap @param channel ch @param resultDelivery rd @param period pe
     * @param summary su @param vneidAuthenticated vn @param documents d @param fees f @param payments pa
     * @param supplements sp @param apologies ag @param results re @param reasons rs @param outcome o
     * @param processingUnit pu @param returnedBy rb @param filedAt fa @param receivedAt ra @param originalDueAt od
     * @param dueAt du @param processedAt pr @param processingEndedAt pe2 @param returnedAt rt @param events e */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlainDossier(String code, String procedure, String agency, String status, int version, String headHash,
                               PlainApplicant applicant, String channel, String resultDelivery, String period,
                               String summary, boolean vneidAuthenticated, List<PlainDocument> documents,
                               List<PlainFee> fees, List<PlainPayment> payments, List<PlainSupplement> supplements,
                               List<Object> apologies, List<PlainResult> results, List<String> reasons, String outcome,
                               String processingUnit, String returnedBy, String filedAt, String receivedAt,
                               String originalDueAt, String dueAt, String processedAt, String processingEndedAt,
                               String returnedAt, List<PlainEvent> events) {
    }
}
