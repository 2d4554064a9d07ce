/**
 * Public postal service (BCCI) quotes for dossiers: the legs a dossier uses and its quote request.
 */
package dev.dvc4j.postal.dossier;
