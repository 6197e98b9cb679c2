/** User accounts and the roles they hold. */
package org.secondopinion.identity.entity;
