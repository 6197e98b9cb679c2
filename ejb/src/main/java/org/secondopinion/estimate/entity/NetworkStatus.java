package org.secondopinion.estimate.entity;

/** Whether the provider of a line contracts with the patient's plan. */
public enum NetworkStatus {
    IN_NETWORK,
    OUT_OF_NETWORK
}
