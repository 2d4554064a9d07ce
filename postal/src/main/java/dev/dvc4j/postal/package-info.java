/**
 * Public postal service (bưu chính công ích, BCCI) prices for dossiers and results: dated
 * {@link dev.dvc4j.postal.PostalTariff tariffs} as data, {@link dev.dvc4j.postal.ZoneResolver zone resolution} from
 * addresses, {@link dev.dvc4j.postal.BeneficiaryCategory beneficiary exemptions}, local
 * {@link dev.dvc4j.postal.PostalSubsidy subsidies}, and {@link dev.dvc4j.postal.PostalQuote quotes} with a line per
 * leg, add-on, discount and subsidy, the payer split and an explanation in Vietnamese and English.
 *
 * <p>Start with {@link dev.dvc4j.postal.PostalCalculator#from(dev.dvc4j.core.Dvc4j)} or
 * {@link dev.dvc4j.postal.PostalCalculator#bundled()}.
 */
package dev.dvc4j.postal;
