#include "classify/Rules.h"

#include "mime/AuthResults.h"
#include "senders/Evidence.h"

#include "classify/Tokenizer.h"
#include "util/Domains.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <unordered_map>

namespace mailtide::classify {

namespace {


// Phrases, lower-case, matched on word boundaries in the folded subject + text. Several
// languages: spam and phishing are written in the victim's.
const QStringList &moneyUrgency()
{
    static const QStringList p = {
        // English
        QStringLiteral("act now"), QStringLiteral("limited time"), QStringLiteral("click here"), QStringLiteral("100% free"),
        QStringLiteral("risk free"), QStringLiteral("risk-free"), QStringLiteral("order now"), QStringLiteral("buy now"),
        QStringLiteral("call now"), QStringLiteral("urgent"), QStringLiteral("winner"), QStringLiteral("you have won"),
        QStringLiteral("congratulations"), QStringLiteral("cash bonus"), QStringLiteral("earn money"),
        QStringLiteral("make money"), QStringLiteral("work from home"), QStringLiteral("wire transfer"),
        QStringLiteral("money back"), QStringLiteral("no obligation"), QStringLiteral("special promotion"),
        QStringLiteral("lowest price"), QStringLiteral("double your"), QStringLiteral("million dollars"),
        // Not "unsubscribe": every honest newsletter carries it (the CNET announcement in
        // tests/data/corpus was called "money and urgency" for it).
        QStringLiteral("remove me"), QStringLiteral("this is not spam"),
        // French
        QStringLiteral("cliquez ici"), QStringLiteral("offre limitée"), QStringLiteral("gratuit"), QStringLiteral("urgent"),
        QStringLiteral("vous avez gagné"), QStringLiteral("félicitations"), QStringLiteral("sans engagement"),
        QStringLiteral("remboursement"), QStringLiteral("virement"),
        // German
        QStringLiteral("jetzt klicken"), QStringLiteral("kostenlos"), QStringLiteral("gewinner"), QStringLiteral("dringend"),
        QStringLiteral("sie haben gewonnen"), QStringLiteral("nur heute"), QStringLiteral("angebot"),
        // Spanish / Portuguese
        QStringLiteral("haga clic"), QStringLiteral("gratis"), QStringLiteral("urgente"), QStringLiteral("clique aqui"),
        QStringLiteral("grátis"), QStringLiteral("você ganhou"), QStringLiteral("parabéns"), QStringLiteral("oferta"),
    };
    return p;
}

const QStringList &credentialPhishing()
{
    static const QStringList p = {
        QStringLiteral("verify your account"), QStringLiteral("confirm your account"), QStringLiteral("confirm your identity"),
        QStringLiteral("verify your identity"), QStringLiteral("account will be suspended"),
        QStringLiteral("account has been suspended"), QStringLiteral("account has been locked"),
        QStringLiteral("unusual sign-in"), QStringLiteral("unusual activity"), QStringLiteral("update your payment"),
        QStringLiteral("update your billing"), QStringLiteral("password expires"), QStringLiteral("password will expire"),
        QStringLiteral("validate your"), QStringLiteral("reactivate your account"), QStringLiteral("security alert"),
        QStringLiteral("sign in to your account"), QStringLiteral("log in to your account"),
        QStringLiteral("mailbox is full"), QStringLiteral("storage is full"), QStringLiteral("pending delivery"),
        QStringLiteral("parcel could not be delivered"), QStringLiteral("customs fee"),
        // French
        QStringLiteral("vérifiez votre compte"), QStringLiteral("vérifier votre compte"), QStringLiteral("confirmez votre identité"),
        QStringLiteral("votre compte sera suspendu"), QStringLiteral("votre compte a été suspendu"),
        QStringLiteral("votre compte a été bloqué"), QStringLiteral("mettre à jour vos informations"),
        QStringLiteral("activité inhabituelle"), QStringLiteral("colis en attente"), QStringLiteral("frais de douane"),
        QStringLiteral("votre carte bancaire"),
        // German
        QStringLiteral("konto bestätigen"), QStringLiteral("konto wurde gesperrt"), QStringLiteral("konto wird gesperrt"),
        QStringLiteral("ungewöhnliche aktivität"), QStringLiteral("zahlungsinformationen aktualisieren"),
        QStringLiteral("bestätigen sie ihre identität"),
        // Portuguese / Spanish
        QStringLiteral("verifique sua conta"), QStringLiteral("sua conta será bloqueada"), QStringLiteral("sua conta foi bloqueada"),
        QStringLiteral("atualize seus dados"), QStringLiteral("confirme seus dados"), QStringLiteral("atividade incomum"),
        QStringLiteral("verifique su cuenta"), QStringLiteral("su cuenta será suspendida"), QStringLiteral("actualice sus datos"),
    };
    return p;
}

const QStringList &seasonalBait()
{
    static const QStringList p = {
        QStringLiteral("black friday"), QStringLiteral("cyber monday"), QStringLiteral("christmas sale"),
        QStringLiteral("christmas gift"), QStringLiteral("valentine"), QStringLiteral("tax refund"),
        QStringLiteral("tax return"), QStringLiteral("holiday deal"), QStringLiteral("singles day"),
        QStringLiteral("mother's day"), QStringLiteral("summer body"), QStringLiteral("lose weight"),
        QStringLiteral("new iphone"), QStringLiteral("free iphone"), QStringLiteral("soldes"), QStringLiteral("noël"),
        QStringLiteral("remboursement d'impôt"), QStringLiteral("weihnachten"), QStringLiteral("steuererstattung"),
        QStringLiteral("restituição"),
    };
    return p;
}

const QStringList &shorteners()
{
    static const QStringList p = {QStringLiteral("bit.ly"), QStringLiteral("tinyurl.com"), QStringLiteral("goo.gl"),
                                  QStringLiteral("t.co"), QStringLiteral("ow.ly"), QStringLiteral("is.gd"),
                                  QStringLiteral("buff.ly"), QStringLiteral("rebrand.ly"), QStringLiteral("cutt.ly"),
                                  QStringLiteral("shorturl.at"), QStringLiteral("tiny.cc"), QStringLiteral("rb.gy"),
                                  QStringLiteral("s.id"), QStringLiteral("v.gd"), QStringLiteral("lnkd.in")};
    return p;
}

const QStringList &freemail()
{
    static const QStringList p = {QStringLiteral("gmail.com"), QStringLiteral("yahoo.com"), QStringLiteral("hotmail.com"),
                                  QStringLiteral("outlook.com"), QStringLiteral("aol.com"), QStringLiteral("mail.ru"),
                                  QStringLiteral("gmx.com"), QStringLiteral("gmx.de"), QStringLiteral("yandex.ru"),
                                  QStringLiteral("protonmail.com"), QStringLiteral("live.com"), QStringLiteral("icloud.com")};
    return p;
}

enum BrandFlag : unsigned {
    NotInDisplayName = 1, ///< also a first name or a word ("Chase", "UPS"): a display name proves nothing
    ExactOnly = 2,        ///< one edit away is a word (binance/finance, impots/imports, correios/correio)
};

struct Brand
{
    const char *name;
    std::vector<const char *> domains; // not an initializer_list: its array would not outlive the table
    unsigned flags = 0;
    QString text = QString::fromLatin1(name); ///< name, made once (the look-alike rule compares it often)
};

// The brands phishing imitates most, in the languages of our users: payment, shops, mail and
// cloud, banks, carriers and tax/health offices. The look-alike rule matches a domain part equal
// to the name (atendimento-itau-digital.com.br), digit swaps and one edit; the display-name rule
// matches the name among the sender's name's words ("Itaú Atendimento"). Not here: brands whose
// real domains are a family (each Sparkasse and Volksbank has its own sparkasse-<town>.de), and
// names that are common words ("outlook", "steam", "zoom").
const std::vector<Brand> &brands()
{
    static const std::vector<Brand> b = {
        {"paypal", {"paypal.com", "paypal.me", "paypalobjects.com"}},
        {"apple", {"apple.com", "icloud.com", "me.com"}},
        {"microsoft", {"microsoft.com", "live.com", "outlook.com", "office.com", "office365.com", "microsoftonline.com"}},
        {"office365", {"office365.com", "microsoft.com", "office.com"}},
        {"amazon", {"amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazonses.com"}},
        {"netflix", {"netflix.com"}},
        {"google", {"google.com", "gmail.com", "googlemail.com"}},
        {"facebook", {"facebook.com", "facebookmail.com", "meta.com"}},
        {"instagram", {"instagram.com", "facebookmail.com"}},
        {"linkedin", {"linkedin.com"}},
        {"dhl", {"dhl.com", "dhl.de"}},
        {"fedex", {"fedex.com"}},
        {"ups", {"ups.com"}, NotInDisplayName | ExactOnly},
        {"usps", {"usps.com"}},
        {"royalmail", {"royalmail.com"}},
        {"laposte", {"laposte.fr", "laposte.net"}, ExactOnly},
        {"colissimo", {"colissimo.fr", "laposte.fr"}},
        {"chronopost", {"chronopost.fr"}},
        {"correios", {"correios.com.br"}, ExactOnly},
        {"postnl", {"postnl.nl"}, ExactOnly},
        {"ebay", {"ebay.com", "ebay.de", "ebay.fr"}},
        {"chase", {"chase.com"}, NotInDisplayName},
        {"wellsfargo", {"wellsfargo.com"}},
        {"bankofamerica", {"bankofamerica.com"}},
        {"postbank", {"postbank.de"}},
        {"commerzbank", {"commerzbank.de"}},
        {"itau", {"itau.com.br", "itau-unibanco.com.br"}},
        {"bradesco", {"bradesco.com.br"}},
        {"nubank", {"nubank.com.br"}},
        {"santander", {"santander.com", "santander.com.br", "santander.co.uk", "santander.de", "santander.es"}, NotInDisplayName},
        {"bnpparibas", {"bnpparibas.com", "bnpparibas.fr", "bnpparibas.net"}},
        {"ameli", {"ameli.fr"}},
        {"impots", {"impots.gouv.fr"}, ExactOnly},
        {"hmrc", {"hmrc.gov.uk", "gov.uk"}},
        {"docusign", {"docusign.com", "docusign.net"}},
        {"dropbox", {"dropbox.com"}},
        {"wetransfer", {"wetransfer.com"}},
        {"adobe", {"adobe.com", "adobesign.com", "echosign.com"}},
        {"coinbase", {"coinbase.com"}},
        {"binance", {"binance.com"}, ExactOnly},
    };
    return b;
}

/** The brand's own registrable domain (its table, or its name under any suffix: paypal.de). */
bool belongsTo(const Brand &b, const QString &domain)
{
    const qsizetype dot = domain.indexOf(QLatin1Char('.'));
    if ((dot < 0 ? QStringView(domain) : QStringView(domain).left(dot)) == QLatin1String(b.name))
        return true;
    for (const char *real : b.domains)
        if (domain == QLatin1String(real))
            return true;
    return false;
}

/** A registrable domain that belongs to a brand of the table. */
bool isBrandDomain(const QString &domain)
{
    return std::any_of(brands().begin(), brands().end(), [&](const Brand &b) { return belongsTo(b, domain); });
}

/** The brand a display name claims: one of its words, or two or three adjacent words written
 *  together ("Bank of America", "La Poste"), accents folded ("Itaú" -> itau). */
const Brand *brandInDisplayName(const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    QString folded;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
        else if (!c.isMark())
            folded += QLatin1Char(' ');
    }
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size() && i < 12; ++i) {
        QString joinedWords;
        for (qsizetype k = i; k < words.size() && k < i + 3; ++k) {
            joinedWords += words[k];
            for (const Brand &b : brands())
                if (!(b.flags & NotInDisplayName) && joinedWords == QLatin1String(b.name))
                    return &b;
        }
    }
    return nullptr;
}

/** A folded copy where common digit-for-letter swaps are undone (paypa1 -> paypal). */
QString unswap(QString s)
{
    s.replace(QLatin1Char('0'), QLatin1Char('o'));
    s.replace(QLatin1Char('1'), QLatin1Char('l'));
    s.replace(QLatin1Char('3'), QLatin1Char('e'));
    s.replace(QLatin1Char('5'), QLatin1Char('s'));
    s.replace(QStringLiteral("rn"), QStringLiteral("m"));
    s.replace(QStringLiteral("vv"), QStringLiteral("w"));
    return s;
}

/** A phrase list prepared for matching: each phrase as the tokenizer's word hashes, indexed by
 *  its first word, so a text is matched in one pass over its words. */
struct PhraseSet
{
    QStringList phrases;
    std::vector<std::vector<TokenId>> hashes;
    std::unordered_map<TokenId, std::vector<int>> byFirst;
    std::bitset<1 << 16> mayStart; ///< low 16 bits of every first word: most words skip the map

    explicit PhraseSet(const QStringList &list) : phrases(list)
    {
        for (int i = 0; i < list.size(); ++i) {
            hashes.push_back(wordHashes(list[i]));
            if (!hashes.back().empty()) {
                byFirst[hashes.back().front()].push_back(i);
                mayStart.set(hashes.back().front() & 0xffff);
            }
        }
    }
};

QStringList phrasesIn(const std::vector<TokenId> &text, const PhraseSet &set, int max = 4)
{
    QStringList found;
    for (size_t i = 0; i < text.size() && found.size() < max; ++i) {
        if (!set.mayStart.test(text[i] & 0xffff))
            continue;
        const auto it = set.byFirst.find(text[i]);
        if (it == set.byFirst.end())
            continue;
        for (int p : it->second) {
            const auto &h = set.hashes[size_t(p)];
            if (i + h.size() <= text.size() && std::equal(h.begin(), h.end(), text.begin() + qsizetype(i)) &&
                !found.contains(set.phrases[p]))
                found << set.phrases[p];
        }
    }
    return found;
}

QString quoteList(const QStringList &items)
{
    QStringList q;
    for (const QString &i : items)
        q << QLatin1Char('\'') + i + QLatin1Char('\'');
    return q.join(QStringLiteral(", "));
}

} // namespace

const std::vector<RuleInfo> &rules()
{
    // Priors in log-odds: what one would bet before seeing data. The combiner refits them.
    static const std::vector<RuleInfo> r = {
        {"subject-all-caps", 1.0},     {"money-urgency-phrases", 1.0}, {"credential-phishing-phrases", 2.5},
        {"seasonal-bait", 0.5},        {"link-text-mismatch", 2.5},    {"raw-ip-link", 2.0},
        {"url-shortener", 1.0},        {"html-only", 0.7},              {"hidden-text", 1.5},
        {"images-only", 1.5},          {"executable-attachment", 3.0}, {"date-far-from-received", 1.0},
        {"missing-message-id", 1.0},   {"lookalike-domain", 3.0},       {"display-name-address", 1.5},
        {"freemail-reply-to", 1.5},    {"display-name-brand", 2.0},    {"disguised-attachment", 3.0},
        // Sender evidence (senders/Evidence.h), issue 6: a forged or botnet sender scores as spam
        // even when its words look clean. Only failures count: a forger can write a "pass".
        {"auth-dmarc-fail", 2.0},      {"auth-spf-fail", 1.0},         {"dynamic-origin", 1.0},
        {"helo-ip-literal", 0.5},      {"idn-mixed-scripts", 3.0},
    };
    return r;
}

namespace {
int editDistanceAtMost1(QStringView a, QStringView b)
{
    // 0 equal, 1 one edit apart, 2 more.
    if (a == b)
        return 0;
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(la - lb) > 1)
        return 2;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (la == lb)
        return a.mid(i + 1) == b.mid(i + 1) ? 1 : 2; // substitution
    return la > lb ? (a.mid(i + 1) == b.mid(i) ? 1 : 2) : (a.mid(i) == b.mid(i + 1) ? 1 : 2);
}
} // namespace

bool isLookalikeOfBrand(const QString &domain, QString *brand)
{
    const QString d = domain.toLower();
    if (d.isEmpty())
        return false;
    const bool puny = d.startsWith(QLatin1String("xn--"));
    const QString label = d.section(QLatin1Char('.'), 0, 0); // the name before the public suffix
    // The label's parts between '-' and '_' (non-empty), each with its digit swaps undone: the
    // same for every brand, so made once.
    QStringList parts;
    QStringList unswapped;
    for (qsizetype i = 0, start = 0; i <= label.size(); ++i) {
        if (i < label.size() && label[i] != QLatin1Char('-') && label[i] != QLatin1Char('_'))
            continue;
        if (i > start) {
            parts << label.mid(start, i - start);
            unswapped << unswap(parts.back());
        }
        start = i + 1;
    }
    const QString unswappedLabel = puny ? unswap(label) : QString();
    for (const Brand &b : brands()) {
        // The brand's own domains, and its country domains (paypal.de, ebay.co.uk, amazon.it:
        // the registrable label is exactly the brand): a look-alike must spell something else.
        if (belongsTo(b, d))
            continue;
        const QString &name = b.text;
        // paypal-security.com, secure-paypal.net (a whole part), paypa1.com (digit swaps),
        // paypai.com (one edit, for names of 6+ letters), xn--... (punycode spelling a brand).
        bool hit = false;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString &part = parts[i];
            const QString &un = unswapped[i];
            hit = hit || part == name || un == name ||
                  (!(b.flags & ExactOnly) && name.size() >= 6 && editDistanceAtMost1(un, name) <= 1);
        }
        hit = hit || (puny && unswappedLabel.contains(name.left(4)));
        if (hit) {
            if (brand)
                *brand = name;
            return true;
        }
    }
    return false;
}

bool isUrlShortener(const QString &hostOrDomain)
{
    return !hostOrDomain.isEmpty() && shorteners().contains(hostOrDomain);
}

bool isFreemailDomain(const QString &domain)
{
    return !domain.isEmpty() && freemail().contains(domain);
}

QString brandClaimedByName(const QString &name, const QString &domain)
{
    const Brand *b = brandInDisplayName(name);
    return b && !belongsTo(*b, domain) ? QString::fromLatin1(b->name) : QString();
}

namespace {

/** The sender-evidence rules. The classifier knows no account, so the Authentication-Results
 *  read are the top-most server's (senders::trustedAuth with no id): only their failures count,
 *  which a forger has no reason to write. */
void evidenceRules(const MessageInput &m, std::vector<RuleHit> &hits)
{
    QList<mime::AuthResults> auth;
    for (const auto &[name, value] : m.headers) {
        if (name.compare(QLatin1String("Authentication-Results"), Qt::CaseInsensitive) == 0 && auth.size() < 8)
            auth << mime::parseAuthResults(value.toUtf8());
    }
    const senders::TrustedAuth t = senders::trustedAuth(auth, QString());
    if (t.dmarc == QLatin1String("fail"))
        hits.push_back({QStringLiteral("auth-dmarc-fail"), 1,
                        QCoreApplication::translate("Rules", "the receiving server says the sender fails DMARC (%1)").arg(t.authservId)});
    if (t.spf == QLatin1String("fail") || t.spf == QLatin1String("softfail"))
        hits.push_back({QStringLiteral("auth-spf-fail"), t.spf == QLatin1String("fail") ? 1.0 : 0.5,
                        QCoreApplication::translate("Rules", "the receiving server says the sending host is not allowed to send for %1 (SPF %2)")
                            .arg(t.spfDomain, t.spf)});
    QList<mime::ReceivedHop> hops;
    for (const InputHop &h : m.hops) {
        mime::ReceivedHop r;
        r.helo = h.helo;
        r.rdns = h.rdns;
        r.ip = h.ip;
        r.by = h.by;
        hops << r;
    }
    const senders::Origin o = senders::findOrigin(hops, senders::EvidenceContext{});
    if (o.hopIndex >= 0) {
        if (senders::isDynamicRdns(o.rdns, o.ip))
            hits.push_back({QStringLiteral("dynamic-origin"), 1,
                            QCoreApplication::translate("Rules", "sent from %1 (%2), a dynamic/residential address").arg(o.ip, o.rdns)});
        if (senders::heloProblem(o, senders::EvidenceContext{}) == senders::EvidenceId::HeloIpLiteral)
            hits.push_back({QStringLiteral("helo-ip-literal"), 1,
                            QCoreApplication::translate("Rules", "the sending host %1 greeted with a bare IP").arg(o.ip)});
    }
    const QString fromHost = util::domainOf(m.fromAddress);
    if (senders::isMixedScriptDomain(fromHost))
        hits.push_back({QStringLiteral("idn-mixed-scripts"), 1,
                        QCoreApplication::translate("Rules", "the sender's domain %1 mixes alphabets to look like %2")
                            .arg(fromHost, senders::latinSkeleton(fromHost))});
}

} // namespace

std::vector<RuleHit> evaluateRules(const MessageInput &m)
{
    std::vector<RuleHit> hits;
    const QString fromDom = util::registrableDomain(util::domainOf(m.fromAddress));
    // The words of the subject and the first part of the text, hashed as the tokenizer folds them.
    std::vector<TokenId> text = wordHashes(m.subject, 64);
    for (const QString *part : {&m.text, &m.htmlText}) {
        const std::vector<TokenId> more = wordHashes(*part, 3000);
        text.insert(text.end(), more.begin(), more.end());
    }
    static const PhraseSet money(moneyUrgency()), credential(credentialPhishing()), seasonal(seasonalBait());

    // Subject in capitals: at least 8 letters, 80% of them upper case.
    {
        int letters = 0, upper = 0;
        for (QChar c : m.subject) {
            if (c.isLetter()) {
                ++letters;
                upper += c.isUpper();
            }
        }
        if (letters >= 8 && upper * 5 >= letters * 4)
            hits.push_back({QStringLiteral("subject-all-caps"), 1, QCoreApplication::translate("Rules", "the subject is written in capitals")});
    }
    if (const QStringList p = phrasesIn(text, money); p.size() >= 2)
        hits.push_back({QStringLiteral("money-urgency-phrases"), std::min(1.0, p.size() / 4.0),
                        QCoreApplication::translate("Rules", "money and urgency phrases: %1").arg(quoteList(p))});
    if (const QStringList p = phrasesIn(text, credential); !p.isEmpty())
        hits.push_back({QStringLiteral("credential-phishing-phrases"), std::min(1.0, 0.5 + p.size() / 4.0),
                        QCoreApplication::translate("Rules", "asks you to act on your account: %1").arg(quoteList(p))});
    if (const QStringList p = phrasesIn(text, seasonal); !p.isEmpty())
        hits.push_back({QStringLiteral("seasonal-bait"), 1, QCoreApplication::translate("Rules", "seasonal bait words: %1").arg(quoteList(p))});

    // A link whose text shows another domain than it goes to: the phishing trick. Not when the
    // link goes to the sender's own domain and the text shows no brand: that is a newsletter's
    // click counter (text www.canonresellers.com, link clickthru.online.com, From
    // ...@newsletter.online.com). Text showing a brand still fires, whoever sends it.
    for (const InputLink &l : m.links) {
        if (l.textShowsOtherDomain && !l.domain.isEmpty() && !isBrandDomain(l.shownDomain) && l.domain == fromDom)
            continue;
        if (l.textShowsOtherDomain) {
            hits.push_back({QStringLiteral("link-text-mismatch"), 1,
                            QCoreApplication::translate("Rules", "the link text says %1 but points to %2").arg(l.anchorText.trimmed().left(60), l.host)});
            break;
        }
    }
    for (const InputLink &l : m.links) {
        if (l.isIp) {
            hits.push_back({QStringLiteral("raw-ip-link"), 1, QCoreApplication::translate("Rules", "a link points to a bare IP address (%1)").arg(l.host)});
            break;
        }
    }
    for (const InputLink &l : m.links) {
        if (shorteners().contains(l.domain) || shorteners().contains(l.host)) {
            hits.push_back({QStringLiteral("url-shortener"), 1, QCoreApplication::translate("Rules", "a link hides its target behind %1").arg(l.host)});
            break;
        }
    }
    if (m.htmlOnly)
        hits.push_back({QStringLiteral("html-only"), 1, QCoreApplication::translate("Rules", "HTML only, with no plain-text version")});
    if (m.hiddenTextChars > 20)
        hits.push_back({QStringLiteral("hidden-text"), 1,
                        QCoreApplication::translate("Rules", "%1 characters of text are hidden from the reader").arg(m.hiddenTextChars)});
    if (m.imagesOnly)
        hits.push_back({QStringLiteral("images-only"), 1, QCoreApplication::translate("Rules", "the message is pictures with almost no text")});
    for (const InputAttachment &a : m.attachments) {
        if (a.executableOrScript) {
            hits.push_back({QStringLiteral("executable-attachment"), 1,
                            QCoreApplication::translate("Rules", "an attachment is a program or script: %1").arg(a.filename)});
            break;
        }
    }
    // On top of that, a program dressed as a document: no honest sender does that.
    for (const InputAttachment &a : m.attachments) {
        if (a.disguised) {
            hits.push_back({QStringLiteral("disguised-attachment"), 1,
                            QCoreApplication::translate("Rules", "the attachment %1 (sent as %2) is a program dressed as a document")
                                .arg(a.filename, a.declaredType)});
            break;
        }
    }
    if (m.date && m.received) {
        const qint64 gap = m.date->utc - m.received->utc;
        if (std::llabs(gap) > 3 * 86400)
            hits.push_back({QStringLiteral("date-far-from-received"), 1,
                            QCoreApplication::translate("Rules", "the Date header is %1 days away from when the message arrived")
                                .arg(std::llabs(gap) / 86400)});
    }
    if (m.messageId.trimmed().isEmpty())
        hits.push_back({QStringLiteral("missing-message-id"), 1, QCoreApplication::translate("Rules", "the message has no Message-ID")});

    // Look-alike domains, in the sender and in the links.
    {
        QString brand;
        QString where;
        if (isLookalikeOfBrand(fromDom, &brand))
            where = fromDom;
        QSet<QString> seen;
        for (int i = 0; where.isEmpty() && i < m.links.size() && i < 200; ++i) {
            const QString &d = m.links[i].domain;
            if (!seen.contains(d) && (seen.insert(d), isLookalikeOfBrand(d, &brand)))
                where = d;
        }
        if (!where.isEmpty())
            hits.push_back({QStringLiteral("lookalike-domain"), 1,
                            QCoreApplication::translate("Rules", "%1 imitates %2 but is not one of its domains").arg(where, brand)});
    }
    // A display name that holds another address: "PayPal <service@paypal.com>" <x@evil.example>.
    {
        static const QRegularExpression addr(QStringLiteral("[\\w.+-]+@([\\w-]+\\.)+[\\w-]+"));
        const auto match = addr.match(m.fromName);
        if (match.hasMatch() && match.captured(0).compare(m.fromAddress, Qt::CaseInsensitive) != 0)
            hits.push_back({QStringLiteral("display-name-address"), 1,
                            QCoreApplication::translate("Rules", "the sender's name shows %1 but the mail comes from %2").arg(match.captured(0), m.fromAddress)});
    }
    // A brand in the sender's name that the sender's domain does not belong to: "Itaú
    // Atendimento" <nao-responda@atendimento-itau-digital.com.br>.
    if (const Brand *b = brandInDisplayName(m.fromName); b && !belongsTo(*b, fromDom))
        hits.push_back({QStringLiteral("display-name-brand"), 1,
                        QCoreApplication::translate("Rules", "the sender's name says %1 but the address %2 is not one of its domains")
                            .arg(m.fromName.trimmed().left(60), m.fromAddress)});
    evidenceRules(m, hits);
    if (!m.replyTo.isEmpty()) {
        const QString rd = util::registrableDomain(util::domainOf(m.replyTo));
        const QString &fd = fromDom;
        if (!rd.isEmpty() && rd != fd && freemail().contains(rd) && !freemail().contains(fd))
            hits.push_back({QStringLiteral("freemail-reply-to"), 1,
                            QCoreApplication::translate("Rules", "replies go to a free-mail address (%1), not to the sender's domain %2").arg(m.replyTo, fd)});
    }
    return hits;
}

} // namespace mailtide::classify
