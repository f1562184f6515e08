package tn.entrix.identity;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tn.entrix.platform.MailMessage;
import tn.entrix.platform.RequestOrigin;

/**
 * The account emails (confirmation, password reset), in the user's language (French unless they chose English),
 * queued to go out when the transaction commits. Links point at entrix.public-url when set, else at the address the
 * client used.
 */
@Dependent
class AccountMails {

    static final String CONFIRM_PAGE = "/account/confirm.xhtml?token=";
    static final String RESET_PAGE = "/account/reset.xhtml?token=";

    @Inject
    Event<MailMessage> mails;

    @Inject
    RequestOrigin origin;

    @Inject
    @ConfigProperty(name = "entrix.public-url")
    Optional<String> publicUrl;

    void confirmation(User user, String token) {
        String link = link(CONFIRM_PAGE, token);
        boolean en = "en".equals(user.getProfile().getLanguage());
        mails.fire(new MailMessage(user.getEmail(),
                en ? "Confirm your Entrix account" : "Confirmez votre compte Entrix",
                en ? """
                        Hello %s,

                        Welcome to Entrix. Confirm your email address to activate your account:
                        %s

                        The link works once, for 24 hours. If you did not register, ignore this email.
                        """.formatted(user.getUsername(), link)
                        : """
                        Bonjour %s,

                        Bienvenue sur Entrix. Confirmez votre adresse email pour activer votre compte :
                        %s

                        Le lien fonctionne une fois, pendant 24 heures. Si vous ne vous êtes pas inscrit, ignorez cet email.
                        """.formatted(user.getUsername(), link)));
    }

    void passwordReset(User user, String token) {
        String link = link(RESET_PAGE, token);
        boolean en = "en".equals(user.getProfile().getLanguage());
        mails.fire(new MailMessage(user.getEmail(),
                en ? "Reset your Entrix password" : "Réinitialisez votre mot de passe Entrix",
                en ? """
                        Hello %s,

                        Someone (hopefully you) asked to reset your password. Choose a new one here:
                        %s

                        The link works once, for 30 minutes. If it was not you, ignore this email: your password stays.
                        """.formatted(user.getUsername(), link)
                        : """
                        Bonjour %s,

                        Une réinitialisation de votre mot de passe a été demandée. Choisissez-en un nouveau ici :
                        %s

                        Le lien fonctionne une fois, pendant 30 minutes. Si ce n'est pas vous, ignorez cet email : votre mot de passe reste inchangé.
                        """.formatted(user.getUsername(), link)));
    }

    private String link(String page, String token) {
        String base = publicUrl.filter(u -> !u.isBlank()).orElse(origin.baseUrl() == null
                ? "http://localhost:8080" : origin.baseUrl());
        return base.replaceAll("/+$", "") + page + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
