/** Legal reviews' entry points: case files behind each firm's wall, documents, holds, productions, disclosures. */
package org.secondopinion.legal.boundary;
