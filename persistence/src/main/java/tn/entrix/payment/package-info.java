/** Payments: a payment per provider payment id with its life cycle, and every call made to the provider. */
package tn.entrix.payment;
