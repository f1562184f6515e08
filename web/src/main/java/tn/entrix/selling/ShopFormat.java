package tn.entrix.selling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Amounts for the fan portal's pages: millimes as "12.500 TND". */
@Named("shopFmt")
@ApplicationScoped
public class ShopFormat {

    public String tnd(Long millimes) {
        return millimes == null ? "" : Money.tnd(millimes);
    }
}
