/** Finance: club contracts and the commission of every paid order (settlement and exports come later). */
package tn.entrix.finance;
