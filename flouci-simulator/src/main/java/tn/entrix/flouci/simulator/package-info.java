/**
 * A stand-in for Flouci, deployed beside Entrix in the dev run and the tests: API v2 (generate_payment,
 * verify_payment) with Flouci's JSON, a payment page with Pay / Fail, the webhook, and faults switched at run time.
 */
package tn.entrix.flouci.simulator;
