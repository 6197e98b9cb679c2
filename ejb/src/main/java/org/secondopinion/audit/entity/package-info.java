/** The audit trail: hash-chained entries and the head of the chain. */
package org.secondopinion.audit.entity;
