/** How errors reach people on pages: messages for business rules, error pages for the rest. */
package org.secondopinion.web.error;
