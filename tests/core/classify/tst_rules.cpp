#include "classify/Rules.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

#include <functional>

using namespace mailtide::classify;
using namespace Qt::StringLiterals;

namespace {

/** An ordinary message that fires nothing: each case changes one thing. */
MessageInput plain()
{
    MessageInput m;
    m.subject = QStringLiteral("Notes from Tuesday");
    m.fromName = QStringLiteral("Alice Martin");
    m.fromAddress = QStringLiteral("alice@example.org");
    m.messageId = QStringLiteral("20240312.1234@example.org");
    m.text = QStringLiteral("Hi Bob, the notes from Tuesday are below. See you next week.");
    return m;
}

InputLink link(const QString &url, const QString &host, const QString &domain, const QString &text = {}, bool isIp = false,
               bool textShowsOther = false, const QString &shown = {})
{
    return {url, host, domain, text, isIp, textShowsOther, shown};
}

mailtide::mime::Timestamp at(const char *iso)
{
    return {QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch(), 0};
}

struct Case
{
    const char *name;
    const char *rule;
    bool fires;
    QStringList evidence; ///< words RuleHit::detail must contain when it fires
    std::function<void(MessageInput &)> change;
};

MessageInput withFrom(MessageInput m, const QString &address, const QString &name = QStringLiteral("Service"))
{
    m.fromAddress = address;
    m.fromName = name;
    return m;
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> c = {
        // subject-all-caps: at least 8 letters, 80% upper case.
        {"caps-shouting-subject", "subject-all-caps", true, {u"capitals"_s},
         [](MessageInput &m) { m.subject = QStringLiteral("URGENT BUSINESS PROPOSAL"); }},
        {"caps-mostly-upper-with-digits", "subject-all-caps", true, {u"capitals"_s},
         [](MessageInput &m) { m.subject = QStringLiteral("WIN 1000 EUROS NOW!!!"); }},
        {"caps-short-acronyms-do-not-count", "subject-all-caps", false, {}, [](MessageInput &m) { m.subject = QStringLiteral("FYI: OK"); }},
        {"caps-acronyms-in-a-sentence", "subject-all-caps", false, {},
         [](MessageInput &m) { m.subject = QStringLiteral("NASA and ESA launch plans"); }},

        // money-urgency-phrases: two distinct phrases, on word boundaries.
        {"money-two-phrases", "money-urgency-phrases", true, {u"'act now'"_s, u"'limited time'"_s},
         [](MessageInput &m) { m.text = QStringLiteral("Act now, this is a limited time deal."); }},
        // Spam puts an exclamation mark after its phrases: "Act now!" is still "act now".
        {"money-phrases-before-exclamation-marks", "money-urgency-phrases", true, {u"'act now'"_s, u"'winner'"_s},
         [](MessageInput &m) { m.text = QStringLiteral("You are a WINNER!!! Act now!"); }},
        {"money-french-phrases", "money-urgency-phrases", true, {u"'cliquez ici'"_s, u"'gratuit'"_s},
         [](MessageInput &m) { m.text = QStringLiteral("Cliquez ici pour votre cadeau gratuit"); }},
        {"money-subject-and-body-together", "money-urgency-phrases", true, {u"'winner'"_s, u"'wire transfer'"_s},
         [](MessageInput &m) {
             m.subject = QStringLiteral("You are a winner");
             m.text = QStringLiteral("We need a wire transfer fee first.");
         }},
        // Every honest newsletter says unsubscribe: it is not a money or urgency phrase.
        {"money-unsubscribe-is-not-urgency", "money-urgency-phrases", false, {},
         [](MessageInput &m) { m.text = QStringLiteral("Click here for the July issue. To unsubscribe, reply."); }},
        {"money-one-phrase-is-not-enough", "money-urgency-phrases", false, {},
         [](MessageInput &m) { m.text = QStringLiteral("Click here to see the agenda for Friday."); }},
        {"money-same-phrase-twice-is-one", "money-urgency-phrases", false, {},
         [](MessageInput &m) { m.text = QStringLiteral("Click here for slides, click here for the video."); }},
        {"money-parts-of-words-do-not-count", "money-urgency-phrases", false, {},
         [](MessageInput &m) { m.text = QStringLiteral("We need this urgently; the winners of the chess cup are listed."); }},

        // credential-phishing-phrases, in the victim's language.
        {"credential-english", "credential-phishing-phrases", true, {u"'verify your account'"_s},
         [](MessageInput &m) { m.text = QStringLiteral("Please verify your account within 24 hours."); }},
        {"credential-english-subject", "credential-phishing-phrases", true, {u"'unusual sign-in'"_s},
         [](MessageInput &m) { m.subject = QStringLiteral("Unusual sign-in activity detected"); }},
        {"credential-french", "credential-phishing-phrases", true, {QStringLiteral("'vérifiez votre compte'")},
         [](MessageInput &m) { m.text = QStringLiteral("Vérifiez votre compte avant vendredi."); }},
        {"credential-german", "credential-phishing-phrases", true, {u"'konto wurde gesperrt'"_s},
         [](MessageInput &m) { m.text = QStringLiteral("Ihr Konto wurde gesperrt. Bitte melden Sie sich an."); }},
        {"credential-portuguese", "credential-phishing-phrases", true, {QStringLiteral("'sua conta será bloqueada'")},
         [](MessageInput &m) { m.text = QStringLiteral("Atenção: sua conta será bloqueada hoje."); }},
        {"credential-portuguese-update-data", "credential-phishing-phrases", true, {u"'atualize seus dados'"_s},
         [](MessageInput &m) { m.htmlText = QStringLiteral("Atualize seus dados no link abaixo"); }},
        {"credential-before-exclamation-mark", "credential-phishing-phrases", true, {u"'verify your account'"_s},
         [](MessageInput &m) { m.subject = QStringLiteral("Action required: verify your account!"); }},
        {"credential-ordinary-account-talk", "credential-phishing-phrases", false, {},
         [](MessageInput &m) { m.text = QStringLiteral("I verified the account numbers in the spreadsheet."); }},

        // seasonal-bait.
        {"seasonal-black-friday", "seasonal-bait", true, {u"'black friday'"_s},
         [](MessageInput &m) { m.subject = QStringLiteral("Black Friday: 70% off everything"); }},
        {"seasonal-tax-refund", "seasonal-bait", true, {u"'tax refund'"_s},
         [](MessageInput &m) { m.text = QStringLiteral("You are eligible for a tax refund of 412.50 EUR."); }},
        {"seasonal-plain-friday", "seasonal-bait", false, {}, [](MessageInput &m) { m.subject = QStringLiteral("Friday meeting"); }},

        // link-text-mismatch: the anchor text names another domain.
        {"link-text-shows-other-domain", "link-text-mismatch", true, {u"www.paypal.com"_s, u"login-check.example.net"_s},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("https://login-check.example.net/pp"), QStringLiteral("login-check.example.net"),
                             QStringLiteral("example.net"), QStringLiteral("www.paypal.com"), false, true, QStringLiteral("paypal.com"))};
         }},
        // A newsletter's click counter on the sender's own domain is not the trick...
        {"link-text-sender-click-counter", "link-text-mismatch", false, {},
         [](MessageInput &m) {
             m.fromAddress = QStringLiteral("news@letters.example.org");
             m.links = {link(QStringLiteral("https://click.example.org/r?id=7"), QStringLiteral("click.example.org"),
                             QStringLiteral("example.org"), QStringLiteral("www.partner-shop.com"), false, true,
                             QStringLiteral("partner-shop.com"))};
         }},
        // ...but a brand shown in the text fires even when the link goes to the sender's domain.
        {"link-text-brand-on-sender-domain", "link-text-mismatch", true, {u"www.paypal.com"_s},
         [](MessageInput &m) {
             m.fromAddress = QStringLiteral("service@login-check.example.net");
             m.links = {link(QStringLiteral("https://login-check.example.net/pp"), QStringLiteral("login-check.example.net"),
                             QStringLiteral("example.net"), QStringLiteral("www.paypal.com"), false, true, QStringLiteral("paypal.com"))};
         }},
        {"link-text-other-sender-domain", "link-text-mismatch", true, {u"www.partner-shop.com"_s},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("https://click.example.net/r?id=7"), QStringLiteral("click.example.net"),
                             QStringLiteral("example.net"), QStringLiteral("www.partner-shop.com"), false, true,
                             QStringLiteral("partner-shop.com"))};
         }},
        {"link-text-matches", "link-text-mismatch", false, {},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("https://www.example.org/notes"), QStringLiteral("www.example.org"),
                             QStringLiteral("example.org"), QStringLiteral("www.example.org/notes"))};
         }},

        // raw-ip-link.
        {"raw-ip-link", "raw-ip-link", true, {u"198.51.100.23"_s},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("http://198.51.100.23/login.php"), QStringLiteral("198.51.100.23"), QString(),
                             QStringLiteral("Sign in"), true)};
         }},
        {"host-name-link", "raw-ip-link", false, {},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("https://example.org/a"), QStringLiteral("example.org"), QStringLiteral("example.org"))};
         }},

        // url-shortener.
        {"shortener-bit-ly", "url-shortener", true, {u"bit.ly"_s},
         [](MessageInput &m) { m.links = {link(QStringLiteral("https://bit.ly/3xYz"), QStringLiteral("bit.ly"), QStringLiteral("bit.ly"))}; }},
        {"shortener-t-co", "url-shortener", true, {u"t.co"_s},
         [](MessageInput &m) { m.links = {link(QStringLiteral("https://t.co/abc"), QStringLiteral("t.co"), QStringLiteral("t.co"))}; }},
        {"shortener-name-inside-other-domain", "url-shortener", false, {},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("https://bit.ly.example.org/x"), QStringLiteral("bit.ly.example.org"),
                             QStringLiteral("example.org")),
                        link(QStringLiteral("https://microsoft.com/x"), QStringLiteral("microsoft.com"), QStringLiteral("microsoft.com"))};
         }},

        // html-only, hidden-text, images-only.
        {"html-only", "html-only", true, {u"HTML"_s}, [](MessageInput &m) {
             m.hasHtml = m.htmlOnly = true;
             m.htmlText = m.text;
             m.text.clear();
         }},
        {"html-with-text-part", "html-only", false, {}, [](MessageInput &m) { m.hasHtml = true; }},
        {"hidden-text", "hidden-text", true, {u"120"_s}, [](MessageInput &m) { m.hiddenTextChars = 120; }},
        {"hidden-text-a-few-chars-tolerated", "hidden-text", false, {}, [](MessageInput &m) { m.hiddenTextChars = 20; }},
        {"images-only", "images-only", true, {u"pictures"_s}, [](MessageInput &m) {
             m.imagesOnly = true;
             m.imageCount = 3;
         }},
        {"images-with-text", "images-only", false, {}, [](MessageInput &m) { m.imageCount = 3; }},

        // executable-attachment.
        {"executable-double-extension", "executable-attachment", true, {u"invoice.pdf.exe"_s},
         [](MessageInput &m) {
             m.attachments = {{QStringLiteral("invoice.pdf.exe"), QStringLiteral("application/pdf"),
                               QStringLiteral("application/x-msdownload"), 40000, true, true}};
         }},
        {"executable-disk-image", "executable-attachment", true, {u"Rechnung_2024.iso"_s},
         [](MessageInput &m) {
             m.attachments = {{QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QString(), 100, false, false},
                              {QStringLiteral("Rechnung_2024.iso"), QStringLiteral("application/octet-stream"), QString(), 900000, true, false}};
         }},
        {"document-attachment", "executable-attachment", false, {},
         [](MessageInput &m) {
             m.attachments = {{QStringLiteral("report.pdf"), QStringLiteral("application/pdf"), QStringLiteral("application/pdf"), 40000, false, false}};
         }},
        // disguised-attachment: a program dressed as a document.
        {"disguised-double-extension", "disguised-attachment", true, {u"invoice.pdf.exe"_s, u"application/pdf"_s},
         [](MessageInput &m) {
             m.attachments = {{QStringLiteral("invoice.pdf.exe"), QStringLiteral("application/pdf"),
                               QStringLiteral("application/x-msdownload"), 40000, true, true}};
         }},
        {"disguised-plain-program", "disguised-attachment", false, {},
         [](MessageInput &m) {
             m.attachments = {{QStringLiteral("setup.exe"), QStringLiteral("application/octet-stream"),
                               QStringLiteral("application/x-msdownload"), 40000, true, false}};
         }},

        // date-far-from-received: more than three days either way.
        {"date-ten-days-before-received", "date-far-from-received", true, {u"10 days"_s},
         [](MessageInput &m) {
             m.date = at("2024-03-02T10:00:00Z");
             m.received = at("2024-03-12T10:00:00Z");
         }},
        {"date-in-the-future", "date-far-from-received", true, {u"30 days"_s},
         [](MessageInput &m) {
             m.date = at("2024-04-11T10:00:00Z");
             m.received = at("2024-03-12T10:00:00Z");
         }},
        {"date-two-days-off", "date-far-from-received", false, {},
         [](MessageInput &m) {
             m.date = at("2024-03-14T10:00:00Z");
             m.received = at("2024-03-12T10:00:00Z");
         }},
        {"date-without-received", "date-far-from-received", false, {}, [](MessageInput &m) { m.date = at("2020-01-01T00:00:00Z"); }},

        // missing-message-id.
        {"no-message-id", "missing-message-id", true, {u"Message-ID"_s}, [](MessageInput &m) { m.messageId.clear(); }},
        {"blank-message-id", "missing-message-id", true, {u"Message-ID"_s}, [](MessageInput &m) { m.messageId = QStringLiteral("  "); }},
        {"has-message-id", "missing-message-id", false, {}, [](MessageInput &) {}},

        // lookalike-domain: in the sender or in a link.
        {"lookalike-digit-swap", "lookalike-domain", true, {u"paypa1.com"_s, u"paypal"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("service@paypa1.com")); }},
        {"lookalike-brand-plus-word", "lookalike-domain", true, {u"paypal-security.com"_s, u"paypal"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("no-reply@mail.paypal-security.com")); }},
        {"lookalike-word-plus-brand", "lookalike-domain", true, {u"secure-paypal.net"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("alert@secure-paypal.net")); }},
        {"lookalike-underscores-and-empty-parts", "lookalike-domain", true, {u"my__d0cusign-_files.com"_s, u"docusign"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("files@my__d0cusign-_files.com")); }},
        {"lookalike-separators-only-brand-words-apart", "lookalike-domain", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("x@pay-pal_-.com")); }},
        {"lookalike-one-letter-missing", "lookalike-domain", true, {u"netflx.com"_s, u"netflix"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("billing@netflx.com")); }},
        {"lookalike-punycode", "lookalike-domain", true, {u"xn--pypal-4ve.com"_s}, // "pаypal" with a Cyrillic а
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("service@xn--pypal-4ve.com")); }},
        {"lookalike-in-link-only", "lookalike-domain", true, {u"micros0ft-online.com"_s, u"microsoft"_s},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("https://login.micros0ft-online.com/"), QStringLiteral("login.micros0ft-online.com"),
                             QStringLiteral("micros0ft-online.com"), QStringLiteral("Sign in"))};
         }},
        {"lookalike-real-paypal", "lookalike-domain", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("service@paypal.com")); }},
        {"lookalike-real-subdomain", "lookalike-domain", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("no_reply@email.apple.com")); }},
        {"lookalike-applebees", "lookalike-domain", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("offers@applebees.com")); }},
        {"lookalike-grapple", "lookalike-domain", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("team@grapple.com")); }},
        {"lookalike-pineapple-link", "lookalike-domain", false, {},
         [](MessageInput &m) {
             m.links = {link(QStringLiteral("https://pineapple.com/"), QStringLiteral("pineapple.com"), QStringLiteral("pineapple.com"))};
         }},
        {"lookalike-short-brand-inside-a-word", "lookalike-domain", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("info@purchase.com")); }},

        // display-name-address: the name holds another address.
        {"display-name-holds-other-address", "display-name-address", true, {u"service@paypal.com"_s, u"x7@mailer.example.net"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("x7@mailer.example.net"), QStringLiteral("service@paypal.com")); }},
        {"display-name-holds-same-address", "display-name-address", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("alice@example.org"), QStringLiteral("Alice@Example.org")); }},
        {"display-name-plain", "display-name-address", false, {}, [](MessageInput &) {}},

        // display-name-brand: the name claims a brand the sender's domain does not belong to.
        {"display-name-brand-pt-bank", "display-name-brand", true, {u"Itaú Atendimento"_s, u"atendimento-itau-digital.com.br"_s},
         [](MessageInput &m) {
             m = withFrom(m, QStringLiteral("nao-responda@atendimento-itau-digital.com.br"), QStringLiteral("Itaú Atendimento"));
         }},
        {"display-name-brand-several-words", "display-name-brand", true, {u"Bank of America"_s, u"alerts-boa.example.net"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("secure@alerts-boa.example.net"), QStringLiteral("Bank of America")); }},
        {"display-name-brand-real-subdomain", "display-name-brand", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("no_reply@email.apple.com"), QStringLiteral("Apple")); }},
        {"display-name-brand-country-domain", "display-name-brand", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("service@paypal.de"), QStringLiteral("PayPal")); }},
        {"display-name-brand-first-name", "display-name-brand", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("chase.miller@gmail.com"), QStringLiteral("Chase Miller")); }},
        {"display-name-brand-inside-a-word", "display-name-brand", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral("news@applebees.com"), QStringLiteral("Applebee's")); }},

        // freemail-reply-to: a business From, replies to a free-mail box.
        {"freemail-reply-to-on-business-from", "freemail-reply-to", true, {u"northwind.accounts@gmail.com"_s, u"northwind-traders.com"_s},
         [](MessageInput &m) {
             m = withFrom(m, QStringLiteral("accounts@northwind-traders.com"));
             m.replyTo = QStringLiteral("northwind.accounts@gmail.com");
         }},
        {"freemail-from-and-reply-to", "freemail-reply-to", false, {},
         [](MessageInput &m) {
             m = withFrom(m, QStringLiteral("bob@gmail.com"));
             m.replyTo = QStringLiteral("bob.other@yahoo.com");
         }},
        {"business-reply-to-own-domain", "freemail-reply-to", false, {},
         [](MessageInput &m) {
             m = withFrom(m, QStringLiteral("news@northwind-traders.com"));
             m.replyTo = QStringLiteral("support@help.northwind-traders.com");
         }},
        {"business-reply-to-other-business", "freemail-reply-to", false, {},
         [](MessageInput &m) {
             m = withFrom(m, QStringLiteral("news@northwind-traders.com"));
             m.replyTo = QStringLiteral("replies@mailchimpapp.net");
         }},

        // Sender evidence (issue 6). auth-dmarc-fail / auth-spf-fail: the top-most
        // Authentication-Results (Microsoft 365 wording; Gmail's), failures only.
        {"m365-dmarc-fail", "auth-dmarc-fail", true, {u"DMARC"_s},
         [](MessageInput &m) {
             m.headers.prepend({QStringLiteral("Authentication-Results"),
                                QStringLiteral("spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=paypa1.com; dkim=none "
                                               "(message not signed) header.d=none;dmarc=fail action=none header.from=paypal.com")});
         }},
        {"forged-fail-below-real-pass", "auth-dmarc-fail", false, {},
         [](MessageInput &m) {
             m.headers.prepend({QStringLiteral("Authentication-Results"), QStringLiteral("mx.example.net; dmarc=fail")});
             m.headers.prepend({QStringLiteral("Authentication-Results"), QStringLiteral("mx.google.com; dmarc=pass header.from=x.example")});
         }},
        {"gmail-spf-softfail", "auth-spf-fail", true, {u"news.example"_s, u"softfail"_s},
         [](MessageInput &m) {
             m.headers.prepend({QStringLiteral("Authentication-Results"),
                                QStringLiteral("mx.google.com; spf=softfail (google.com: domain of transitioning a@news.example does not "
                                               "designate 192.0.2.1 as permitted sender) smtp.mailfrom=a@news.example")});
         }},
        {"gmail-spf-pass", "auth-spf-fail", false, {},
         [](MessageInput &m) {
             m.headers.prepend({QStringLiteral("Authentication-Results"), QStringLiteral("mx.google.com; spf=pass smtp.mailfrom=a@news.example")});
         }},
        // dynamic-origin, helo-ip-literal: the first hop outside the receiving provider.
        {"dsl-origin", "dynamic-origin", true, {u"64.0.57.142"_s},
         [](MessageInput &m) {
             m.hops = {{QStringLiteral("bettyjagessar.com"), QStringLiteral("w142.z064000057.nyc-ny.dsl.cnc.net"), QStringLiteral("64.0.57.142"),
                        QStringLiteral("lugh.tuatha.org")}};
         }},
        {"dsl-hop-inside-provider-chain-is-not-origin", "dynamic-origin", false, {},
         [](MessageInput &m) {
             m.hops = {{QStringLiteral("lugh.tuatha.org"), QStringLiteral("lugh.tuatha.org"), QStringLiteral("194.125.145.45"),
                        QStringLiteral("dogma.slashnull.org")},
                       {QStringLiteral("bettyjagessar.com"), QStringLiteral("w142.z064000057.nyc-ny.dsl.cnc.net"), QStringLiteral("64.0.57.142"),
                        QStringLiteral("lugh.tuatha.org")}};
         }},
        {"helo-bare-ip", "helo-ip-literal", true, {u"93.184.216.34"_s},
         [](MessageInput &m) {
             m.hops = {{QStringLiteral("[93.184.216.34]"), QString(), QStringLiteral("93.184.216.34"), QStringLiteral("mx.example.net")}};
         }},
        {"helo-name", "helo-ip-literal", false, {},
         [](MessageInput &m) {
             m.hops = {{QStringLiteral("mail.example.org"), QStringLiteral("mail.example.org"), QStringLiteral("93.184.216.34"),
                        QStringLiteral("mx.example.net")}};
         }},
        // idn-mixed-scripts: a Cyrillic а in "paypal".
        {"cyrillic-a-paypal", "idn-mixed-scripts", true, {u"paypal.com"_s},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral(u"service@p\u0430ypal.com")); }},
        {"german-umlaut-domain", "idn-mixed-scripts", false, {},
         [](MessageInput &m) { m = withFrom(m, QStringLiteral(u"info@m\u00fcller.de")); }},
    };
    return c;
}

const RuleHit *findHit(const std::vector<RuleHit> &hits, const QString &id)
{
    for (const RuleHit &h : hits)
        if (h.id == id)
            return &h;
    return nullptr;
}

} // namespace

/** One row per rule that fires on a hand-built message, and one per near miss that must not. */
class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baselineFiresNothing()
    {
        const std::vector<RuleHit> hits = evaluateRules(plain());
        QStringList ids;
        for (const RuleHit &h : hits)
            ids << h.id;
        QVERIFY2(hits.empty(), qPrintable(ids.join(u',')));
    }

    void everyRuleHasAFiringAndAQuietRow()
    {
        for (const RuleInfo &r : rules()) {
            bool fires = false, quiet = false;
            for (const Case &c : cases()) {
                if (QLatin1String(c.rule) == QLatin1String(r.id))
                    (c.fires ? fires : quiet) = true;
            }
            QVERIFY2(fires && quiet, r.id);
        }
        QSet<QString> ids;
        for (const RuleInfo &r : rules()) {
            QVERIFY2(!ids.contains(QLatin1String(r.id)), r.id);
            ids.insert(QLatin1String(r.id));
        }
    }

    void rule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << QString::fromLatin1(cases()[i].rule) << int(i);
    }
    void rule()
    {
        QFETCH(QString, rule);
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        MessageInput m = plain();
        c.change(m);
        const std::vector<RuleHit> hits = evaluateRules(m);
        const RuleHit *hit = findHit(hits, rule);
        if (!c.fires) {
            QVERIFY2(!hit, qPrintable(hit ? hit->detail : QString()));
            return;
        }
        QStringList fired;
        for (const RuleHit &h : hits)
            fired << h.id + QStringLiteral(": ") + h.detail;
        QVERIFY2(hit, qPrintable(QStringLiteral("fired instead: ") + fired.join(QStringLiteral(" | "))));
        QVERIFY(hit->strength > 0 && hit->strength <= 1);
        // Plain words a person can read, with the evidence in them.
        QVERIFY(!hit->detail.isEmpty());
        QVERIFY2(!hit->detail.contains(u'%'), qPrintable(hit->detail)); // no unfilled placeholder
        QVERIFY2(hit->detail.contains(u' ') && hit->detail != rule, qPrintable(hit->detail));
        for (const QString &e : c.evidence)
            QVERIFY2(hit->detail.contains(e), qPrintable(QStringLiteral("'%1' not in: %2").arg(e, hit->detail)));
        // Each rule reports itself once.
        int n = 0;
        for (const RuleHit &h : hits)
            n += h.id == rule;
        QCOMPARE(n, 1);
    }

    void lookalike_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("brand"); // "" = must not be a look-alike
        QTest::newRow("digit-for-letter") << QStringLiteral("paypa1.com") << QStringLiteral("paypal");
        QTest::newRow("zero-for-o") << QStringLiteral("g00gle.com") << QStringLiteral("google");
        QTest::newRow("rn-for-m") << QStringLiteral("rnicrosoft.com") << QStringLiteral("microsoft");
        QTest::newRow("brand-dash-word") << QStringLiteral("paypal-security.com") << QStringLiteral("paypal");
        QTest::newRow("word-dash-brand") << QStringLiteral("secure-paypal.net") << QStringLiteral("paypal");
        QTest::newRow("brand-underscore-word") << QStringLiteral("amazon_billing.com") << QStringLiteral("amazon");
        QTest::newRow("one-letter-added") << QStringLiteral("dropboxx.com") << QStringLiteral("dropbox");
        QTest::newRow("upper-case-input") << QStringLiteral("PayPa1.COM") << QStringLiteral("paypal");
        QTest::newRow("real-paypal") << QStringLiteral("paypal.com") << QString();
        QTest::newRow("real-paypal-me") << QStringLiteral("paypal.me") << QString();
        QTest::newRow("real-amazon-de") << QStringLiteral("amazon.de") << QString();
        QTest::newRow("real-docusign-net") << QStringLiteral("docusign.net") << QString();
        QTest::newRow("applebees") << QStringLiteral("applebees.com") << QString();
        QTest::newRow("grapple") << QStringLiteral("grapple.com") << QString();
        QTest::newRow("short-brand-needs-whole-part") << QStringLiteral("dhlaw.com") << QString();
        QTest::newRow("unrelated") << QStringLiteral("example.org") << QString();
        QTest::newRow("empty") << QString() << QString();
        // The same brand name under one of its own country domains: PayPal writes to German
        // customers from paypal.de, eBay to British ones from ebay.co.uk.
        QTest::newRow("brand-country-domain-paypal-de") << QStringLiteral("paypal.de") << QString();
        QTest::newRow("brand-country-domain-ebay-co-uk") << QStringLiteral("ebay.co.uk") << QString();
        QTest::newRow("brand-country-domain-amazon-it") << QStringLiteral("amazon.it") << QString();
        // Banks, carriers and offices of our users' countries.
        QTest::newRow("bank-pt") << QStringLiteral("atendimento-itau-digital.com.br") << QStringLiteral("itau");
        QTest::newRow("carrier-fr") << QStringLiteral("colissimo-livraison-info.com") << QStringLiteral("colissimo");
        QTest::newRow("carrier-br") << QStringLiteral("correios-rastreio.com") << QStringLiteral("correios");
        QTest::newRow("tax-fr") << QStringLiteral("impots-remboursement.fr") << QStringLiteral("impots");
        QTest::newRow("real-itau") << QStringLiteral("itau.com.br") << QString();
        QTest::newRow("real-impots") << QStringLiteral("impots.gouv.fr") << QString();
        // One edit away from a brand but a word: exact-only brands.
        QTest::newRow("finance-is-not-binance") << QStringLiteral("finance-news.com") << QString();
        QTest::newRow("imports-is-not-impots") << QStringLiteral("imports-direct.com") << QString();
        QTest::newRow("correio-is-not-correios") << QStringLiteral("correiobraziliense.com.br") << QString();
        QTest::newRow("postal-is-not-postnl") << QStringLiteral("postal-union.org") << QString();
        // Words and families left out of the table: a Sparkasse's own domain is sparkasse-<town>.de.
        QTest::newRow("regional-sparkasse") << QStringLiteral("sparkasse-koelnbonn.de") << QString();
        QTest::newRow("outlook-is-a-word") << QStringLiteral("business-outlook.com") << QString();
    }
    void lookalike()
    {
        QFETCH(QString, domain);
        QFETCH(QString, brand);
        QString got;
        const bool hit = isLookalikeOfBrand(domain, &got);
        QCOMPARE(hit, !brand.isEmpty());
        if (!brand.isEmpty())
            QCOMPARE(got, brand);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
