/** Selling: ticket types, pricing rules, seat holds and orders. */
package tn.entrix.selling;
