/** The referral and its parts: patient questions, records checklist, files, workflow steps, the opinion. */
package org.secondopinion.referral.entity;
