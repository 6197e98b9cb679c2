/** What an estimate keeps: health plans, patient coverage, cost estimates with their lines, final bills. */
package org.secondopinion.estimate.entity;
