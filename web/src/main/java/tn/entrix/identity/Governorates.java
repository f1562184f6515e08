package tn.entrix.identity;

import java.util.List;

/** The 24 governorates of Tunisia, as the profile form offers them (the profile stores the name). */
final class Governorates {

    static final List<String> ALL = List.of("Ariana", "Béja", "Ben Arous", "Bizerte", "Gabès", "Gafsa", "Jendouba",
            "Kairouan", "Kasserine", "Kébili", "Le Kef", "Mahdia", "La Manouba", "Médenine", "Monastir", "Nabeul",
            "Sfax", "Sidi Bouzid", "Siliana", "Sousse", "Tataouine", "Tozeur", "Tunis", "Zaghouan");

    private Governorates() {
    }
}
