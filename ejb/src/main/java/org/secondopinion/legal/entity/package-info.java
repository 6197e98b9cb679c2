/** What legal reviews keep: firms and their members, case files, defendants, documents, holds, productions. */
package org.secondopinion.legal.entity;
