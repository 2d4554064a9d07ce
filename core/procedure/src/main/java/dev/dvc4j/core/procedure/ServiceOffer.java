package dev.dvc4j.core.procedure;

import dev.dvc4j.core.dossier.Channel;
import dev.dvc4j.core.dossier.PaymentMethod;
import dev.dvc4j.core.id.AgencyCode;
import dev.dvc4j.core.id.ProcedureCode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one agency's system provides for one procedure: the capabilities the service-level regimes judge.
 *
 * @param procedure the procedure offered
 * @param agency the agency offering it
 * @param capabilities what its system provides
 */
public record ServiceOffer(ProcedureCode procedure, AgencyCode agency, Set<ServiceCapability> capabilities) {

    /** Validates and copies. */
    public ServiceOffer {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(agency, "agency");
        capabilities = capabilities.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(capabilities));
    }

    /**
     * An offer with the given capabilities.
     *
     * @param procedure the procedure
     * @param agency the agency
     * @param capabilities the capabilities
     * @return the offer
     */
    public static ServiceOffer of(ProcedureCode procedure, AgencyCode agency, ServiceCapability... capabilities) {
        Objects.requireNonNull(capabilities, "capabilities");
        Set<ServiceCapability> set = EnumSet.noneOf(ServiceCapability.class);
        Collections.addAll(set, capabilities);
        return new ServiceOffer(procedure, agency, set);
    }

    /**
     * An offer with nothing online: the procedure is handled at the counter only.
     *
     * @param procedure the procedure
     * @param agency the agency
     * @return the offer
     */
    public static ServiceOffer counterOnly(ProcedureCode procedure, AgencyCode agency) {
        return new ServiceOffer(procedure, agency, Set.of());
    }

    /**
     * Whether the offer has a capability.
     *
     * @param capability the capability
     * @return whether it is provided
     */
    public boolean has(ServiceCapability capability) {
        Objects.requireNonNull(capability, "capability");
        return capabilities.contains(capability);
    }

    /**
     * A copy with one more capability.
     *
     * @param capability the capability to add
     * @return the new offer
     */
    public ServiceOffer with(ServiceCapability capability) {
        Objects.requireNonNull(capability, "capability");
        Set<ServiceCapability> set = capabilities.isEmpty() ? EnumSet.noneOf(ServiceCapability.class) : EnumSet.copyOf(capabilities);
        set.add(capability);
        return new ServiceOffer(procedure, agency, set);
    }

    /**
     * A copy without a capability.
     *
     * @param capability the capability to remove
     * @return the new offer
     */
    public ServiceOffer without(ServiceCapability capability) {
        Objects.requireNonNull(capability, "capability");
        Set<ServiceCapability> set = capabilities.isEmpty() ? EnumSet.noneOf(ServiceCapability.class) : EnumSet.copyOf(capabilities);
        set.remove(capability);
        return new ServiceOffer(procedure, agency, set);
    }

    /**
     * Whether dossiers can be filed online (Decision 766 indicator 3.1 counts procedures whose offer, partial or
     * full, accepts online dossiers).
     *
     * @return whether online submission is provided
     */
    public boolean offersOnline() {
        return has(ServiceCapability.ONLINE_SUBMISSION);
    }

    /**
     * Whether fees can be paid online, on the national portal or an own gateway (indicator 3.5's numerator, for
     * procedures with fees).
     *
     * @return whether an online payment capability is provided
     */
    public boolean offersOnlinePayment() {
        return has(ServiceCapability.ONLINE_PAYMENT_NATIONAL_PORTAL) || has(ServiceCapability.ONLINE_PAYMENT_OWN_GATEWAY);
    }

    /**
     * The payment methods accepted: cash at the counter always, plus each online method offered.
     *
     * @return the methods
     */
    public Set<PaymentMethod> paymentMethods() {
        Set<PaymentMethod> set = EnumSet.of(PaymentMethod.CASH);
        capabilities.forEach(c -> c.paymentMethod().ifPresent(set::add));
        return Collections.unmodifiableSet(set);
    }

    /**
     * The filing channels accepted: in person always, online with online submission, by post with BCCI pickup.
     *
     * @return the channels
     */
    public Set<Channel> channels() {
        Set<Channel> set = EnumSet.of(Channel.IN_PERSON);
        if (offersOnline()) {
            set.add(Channel.ONLINE);
        }
        if (has(ServiceCapability.BCCI_DOSSIER_PICKUP)) {
            set.add(Channel.POSTAL);
        }
        return Collections.unmodifiableSet(set);
    }
}
