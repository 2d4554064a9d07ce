package dev.dvc4j.core.internal.portal;

import dev.dvc4j.core.dossier.Apologised;
import dev.dvc4j.core.dossier.Applicant;
import dev.dvc4j.core.dossier.Dossier;
import dev.dvc4j.core.dossier.DossierEvent;
import dev.dvc4j.core.dossier.DossierStatus;
import dev.dvc4j.core.dossier.Fee;
import dev.dvc4j.core.dossier.Filed;
import dev.dvc4j.core.dossier.ObligationRequested;
import dev.dvc4j.core.dossier.Outcome;
import dev.dvc4j.core.dossier.Paid;
import dev.dvc4j.core.dossier.Payment;
import dev.dvc4j.core.dossier.Processed;
import dev.dvc4j.core.dossier.ProcessingStarted;
import dev.dvc4j.core.dossier.Received;
import dev.dvc4j.core.dossier.RefusedAtReception;
import dev.dvc4j.core.dossier.ResultDelivery;
import dev.dvc4j.core.dossier.ResultDocument;
import dev.dvc4j.core.dossier.ResultReturned;
import dev.dvc4j.core.dossier.Stopped;
import dev.dvc4j.core.dossier.SubmittedDocument;
import dev.dvc4j.core.dossier.SupplementRequested;
import dev.dvc4j.core.dossier.SupplementRound;
import dev.dvc4j.core.dossier.Supplemented;
import dev.dvc4j.core.dossier.Withdrawn;
import dev.dvc4j.core.money.Vnd;
import dev.dvc4j.core.portal.PortalCodes;
import dev.dvc4j.core.portal.PortalDocument;
import dev.dvc4j.core.portal.PortalDossier;
import dev.dvc4j.core.portal.PortalFee;
import dev.dvc4j.core.portal.PortalProgress;
import dev.dvc4j.core.portal.PortalResult;
import dev.dvc4j.core.portal.PortalSupplement;
import dev.dvc4j.core.portal.PortalTime;
import dev.dvc4j.core.portal.ProcedureDirectory;
import dev.dvc4j.core.portal.ProcedureInfo;
import dev.dvc4j.core.portal.ResultLinks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Projects a dossier onto the portal payload and its progress entries. Stateless; not part of the API. */
public final class PayloadBuilder {

    private final ProcedureDirectory directory;
    private final PortalCodes codes;
    private final ResultLinks links;

    /**
     * A builder.
     *
     * @param directory procedure names and sectors
     * @param codes the code table
     * @param links links of electronic results
     */
    public PayloadBuilder(ProcedureDirectory directory, PortalCodes codes, ResultLinks links) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.codes = Objects.requireNonNull(codes, "codes");
        this.links = Objects.requireNonNull(links, "links");
    }

    /**
     * The payload of one dossier.
     *
     * @param d the dossier
     * @return the payload, instants truncated to whole seconds
     */
    public PortalDossier dossier(Dossier d) {
        ProcedureInfo info = Objects.requireNonNullElse(directory.lookup(d.procedure()), ProcedureInfo.UNKNOWN);
        Applicant a = d.applicant();
        ResultDelivery delivery = d.returnedBy().orElse(d.resultDelivery());
        Instant refusedAt = d.status() == DossierStatus.REFUSED_AT_RECEPTION ? d.processingEndedAt()
                : d.outcome().filter(o -> o == Outcome.REJECTED).isPresent() ? d.processedAt() : null;
        List<SubmittedDocument> docs = d.documents();
        List<PortalDocument> documents = new ArrayList<>(docs.size());
        boolean digitised = false;
        for (SubmittedDocument s : docs) {
            documents.add(new PortalDocument(blankToNull(s.componentCode()), blankToNull(s.name()), s.digitised(), s.reused(), s.fromNationalStore()));
            digitised |= s.digitised();
        }
        List<PortalSupplement> supplements = new ArrayList<>(d.supplements().size());
        for (SupplementRound r : d.supplements()) {
            supplements.add(new PortalSupplement(blankToNull(r.reason()), sec(r.requestedAt()), sec(r.completedAt()),
                    sec(r.dueBefore()), sec(r.dueAfter())));
        }
        List<PortalResult> results = new ArrayList<>(d.results().size());
        for (int i = 0; i < d.results().size(); i++) {
            ResultDocument r = d.results().get(i);
            results.add(new PortalResult(blankToNull(r.name()), blankToNull(r.code()), blankToNull(links.link(d, i, r))));
        }
        return new PortalDossier(
                d.code().toString(), d.procedure().toString(), info.name(), info.sectorCode(), info.sectorName(),
                d.channel(), blankToNull(a.displayName()), blankToNull(a.identifier()), codes.applicantTypeOf(a), null,
                a.contact().email(), a.contact().phone() == null ? null : a.contact().phone().value(),
                blankToNull(d.summary()), sec(d.filedAt()), sec(d.receivedAt()), sec(d.dueAt()), d.status(),
                sec(d.returnedAt()), d.returnedBy().map(r -> "Đã trả kết quả: " + r.label().vi()).orElse(null),
                codes.deliveryFormOf(delivery), sec(d.processingEndedAt()), blankToNull(d.processingUnit()),
                sec(refusedAt), digitised, d.vneidAuthenticated(), d.onlinePaymentFlag().orElse(0),
                documents, fees(d), supplements, results);
    }

    /**
     * Fees with their collection method: payments are applied to fees in order (first fee first), and a fee's
     * {@code HinhThucThu} is the method of the first payment that went to it; unpaid and zero fees have none.
     */
    private List<PortalFee> fees(Dossier d) {
        List<Payment> payments = d.payments();
        int pi = 0;
        long left = payments.isEmpty() ? 0 : payments.get(0).amount().dong();
        List<PortalFee> fees = new ArrayList<>(d.fees().size());
        for (Fee f : d.fees()) {
            long due = f.amount().dong();
            String collection = null;
            while (due > 0 && pi < payments.size()) {
                if (left == 0) {
                    pi++;
                    if (pi == payments.size()) {
                        break;
                    }
                    left = payments.get(pi).amount().dong();
                }
                if (collection == null) {
                    collection = codes.collectionOf(payments.get(pi).method());
                }
                long take = Math.min(due, left);
                due -= take;
                left -= take;
            }
            fees.add(new PortalFee(blankToNull(f.name()), blankToNull(codes.portalFeeCode(f.code())), collection, f.amount(), codes.feeKindOf(f.kind())));
        }
        return fees;
    }

    /**
     * One progress entry per event, with the status, processing unit and appointment date in force after it.
     *
     * @param d the dossier
     * @return the entries, oldest first
     */
    public List<PortalProgress> progress(Dossier d) {
        String code = d.code().toString();
        DossierStatus status = DossierStatus.FILED;
        Instant due = null;
        String unit = null;
        Vnd owed = Vnd.ZERO;
        List<PortalProgress> entries = new ArrayList<>(d.events().size());
        for (DossierEvent e : d.events()) {
            String content;
            if (e instanceof Filed f) {
                owed = sum(f.fees());
                content = "Nộp hồ sơ (" + f.channel().label().vi().toLowerCase(java.util.Locale.ROOT) + ")";
            } else if (e instanceof Received r) {
                status = DossierStatus.RECEIVED;
                due = r.dueAt();
                content = "Tiếp nhận hồ sơ";
            } else if (e instanceof RefusedAtReception r) {
                status = DossierStatus.REFUSED_AT_RECEPTION;
                content = "Từ chối tiếp nhận: " + r.reason();
            } else if (e instanceof ProcessingStarted p) {
                status = DossierStatus.PROCESSING;
                unit = blankToNull(p.unit());
                content = unit == null ? "Chuyển xử lý" : "Chuyển xử lý: " + unit;
            } else if (e instanceof SupplementRequested r) {
                status = DossierStatus.SUPPLEMENT_REQUESTED;
                content = "Yêu cầu bổ sung hồ sơ: " + r.reason();
            } else if (e instanceof Supplemented s) {
                status = DossierStatus.PROCESSING;
                due = s.dueAt();
                content = "Tiếp nhận hồ sơ bổ sung";
            } else if (e instanceof ObligationRequested o) {
                owed = owed.plus(sum(o.fees()));
                status = DossierStatus.FINANCIAL_OBLIGATION_REQUESTED;
                content = "Yêu cầu thực hiện nghĩa vụ tài chính: " + sum(o.fees()).toVietnamese();
            } else if (e instanceof Paid p) {
                owed = owed.minus(p.payment().amount());
                if (status == DossierStatus.FINANCIAL_OBLIGATION_REQUESTED && owed.isZero()) {
                    status = DossierStatus.PROCESSING;
                }
                content = "Thanh toán " + p.payment().amount().toVietnamese() + " (" + p.payment().method().label().vi() + ")";
            } else if (e instanceof Processed p) {
                status = DossierStatus.PROCESSED;
                content = p.outcome() == Outcome.APPROVED ? "Giải quyết xong: chấp thuận"
                        : "Từ chối giải quyết: " + String.join("; ", p.reasons());
            } else if (e instanceof ResultReturned r) {
                status = DossierStatus.RESULT_RETURNED;
                content = "Trả kết quả: " + r.delivery().label().vi();
            } else if (e instanceof Withdrawn w) {
                status = DossierStatus.WITHDRAWN;
                content = w.reason() == null || w.reason().isBlank() ? "Công dân rút hồ sơ" : "Công dân rút hồ sơ: " + w.reason();
            } else if (e instanceof Stopped s) {
                status = DossierStatus.STOPPED;
                content = "Dừng xử lý: " + s.reason();
            } else if (e instanceof Apologised a) {
                due = a.newDueAt();
                content = "Xin lỗi và hẹn lại ngày trả: " + a.reason();
            } else {
                throw new IllegalStateException("unknown event type " + e.type());
            }
            entries.add(new PortalProgress(code, blankToNull(e.actor()), sec(e.at()), unit, blankToNull(content), status, sec(e.at()), sec(due)));
        }
        return entries;
    }

    private static Vnd sum(List<Fee> fees) {
        Vnd t = Vnd.ZERO;
        for (Fee f : fees) {
            t = t.plus(f.amount());
        }
        return t;
    }

    private static Instant sec(Instant i) {
        return PortalTime.truncate(i);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
