/** What billing keeps: imported fee schedules with their charges and import issues. */
package org.secondopinion.billing.entity;
