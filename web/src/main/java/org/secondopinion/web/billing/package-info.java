/** Billing staff's pages: fee schedules (price file imports). */
package org.secondopinion.web.billing;
