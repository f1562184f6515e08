/**
 * What is truly cross-cutting: the business exception hierarchy, the clock, the request origin, JSON and paging
 * helpers, and the schema migration that runs before anything else.
 */
package tn.entrix.platform;
