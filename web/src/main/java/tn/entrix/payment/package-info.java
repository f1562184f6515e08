/** Payments over REST: Flouci's webhook, the back office's list of payments and attempts, test payments. */
package tn.entrix.payment;
