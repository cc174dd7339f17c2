#include "classify/Classifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace mailtide::classify {

namespace {

double logit(double f)
{
    f = std::clamp(f, 1e-6, 1 - 1e-6);
    return std::log(f / (1 - f));
}
} // namespace

QString describeToken(const QString &t)
{
    const qsizetype colon = t.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return QLatin1Char('\'') + t + QLatin1Char('\'');
    const QString kind = t.left(colon);
    const QString v = t.mid(colon + 1);
    // Counts and shapes (size, parts, hops...) are evidence, but not words a person can use.
    static const QStringList silent = {QStringLiteral("size"), QStringLiteral("parts"), QStringLiteral("hops"),
                                       QStringLiteral("links"), QStringLiteral("images"), QStringLiteral("hdr"),
                                       QStringLiteral("msgid-shape"), QStringLiteral("skip"), QStringLiteral("num")};
    if (v.isEmpty() || silent.contains(kind) || v.startsWith(QLatin1String("num:")) || v.startsWith(QLatin1String("skip:")))
        return {};
    if (kind == QLatin1String("h")) {
        const qsizetype c2 = v.indexOf(QLatin1Char(':'));
        const QStringView word = QStringView(v).mid(c2 + 1);
        if (word.startsWith(QLatin1String("skip:")) || word.startsWith(QLatin1String("num:")))
            return {};
        return QCoreApplication::translate("Classifier", "'%1' in the %2 header").arg(v.mid(c2 + 1), v.left(c2));
    }
    if (kind == QLatin1String("b"))
        return QLatin1Char('\'') + v + QLatin1Char('\'');
    if (kind == QLatin1String("s"))
        return QCoreApplication::translate("Classifier", "'%1' in the subject").arg(v);
    if (kind == QLatin1String("from") || kind == QLatin1String("fromdom") || kind == QLatin1String("fromreg"))
        return QCoreApplication::translate("Classifier", "the sender %1").arg(v);
    if (kind == QLatin1String("retpath"))
        return QCoreApplication::translate("Classifier", "bounces going to %1").arg(v);
    if (kind == QLatin1String("replyto"))
        return QCoreApplication::translate("Classifier", "replies going to %1").arg(v);
    if (kind == QLatin1String("fromname"))
        return QCoreApplication::translate("Classifier", "'%1' in the sender's name").arg(v);
    if (kind == QLatin1String("url-dom") || kind == QLatin1String("url-host"))
        return QCoreApplication::translate("Classifier", "links to %1").arg(v);
    if (kind == QLatin1String("rcv-host") || kind == QLatin1String("rcv-by") || kind == QLatin1String("rcv-helo"))
        return QCoreApplication::translate("Classifier", "relayed by %1").arg(v);
    if (kind == QLatin1String("rcv-ip16") || kind == QLatin1String("rcv-ip24"))
        return QCoreApplication::translate("Classifier", "sent through the network %1").arg(v);
    if (kind == QLatin1String("mailer"))
        return QCoreApplication::translate("Classifier", "written with '%1'").arg(v);
    if (kind == QLatin1String("ct"))
        return QCoreApplication::translate("Classifier", "a %1 part").arg(v);
    if (kind == QLatin1String("charset"))
        return QCoreApplication::translate("Classifier", "the character set %1").arg(v);
    if (v == QLatin1String("(none)"))
        return kind.startsWith(QLatin1String("msgid")) ? QCoreApplication::translate("Classifier", "no Message-ID")
               : kind == QLatin1String("s")            ? QCoreApplication::translate("Classifier", "no subject")
                                                       : QString();
    // Structural signals, in words (not "url ip-literal").
    if (kind == QLatin1String("url")) {
        if (v == QLatin1String("ip-literal"))
            return QCoreApplication::translate("Classifier", "links to a bare IP address");
        if (v == QLatin1String("text-shows-other-domain"))
            return QCoreApplication::translate("Classifier", "link text naming another domain");
    }
    if (kind == QLatin1String("url-scheme"))
        return QCoreApplication::translate("Classifier", "%1 links").arg(v);
    if (kind == QLatin1String("html")) {
        if (v == QLatin1String("only"))
            return QCoreApplication::translate("Classifier", "HTML with no plain-text version");
        if (v == QLatin1String("hidden-text"))
            return QCoreApplication::translate("Classifier", "hidden text");
        if (v == QLatin1String("tiny-font"))
            return QCoreApplication::translate("Classifier", "text in a tiny font");
        if (v == QLatin1String("images-only"))
            return QCoreApplication::translate("Classifier", "pictures with almost no text");
    }
    if (kind == QLatin1String("att-ext"))
        return QCoreApplication::translate("Classifier", "a .%1 attachment").arg(v);
    if (kind == QLatin1String("att-type"))
        return QCoreApplication::translate("Classifier", "an attachment of type %1").arg(v);
    if (kind == QLatin1String("att") && v == QLatin1String("executable"))
        return QCoreApplication::translate("Classifier", "an executable attachment");
    if (kind == QLatin1String("replyto-differs"))
        return v == QLatin1String("yes") ? QCoreApplication::translate("Classifier", "replies going to another domain than the sender's")
                                         : QCoreApplication::translate("Classifier", "replies going to the sender's domain");
    if (kind == QLatin1String("mime-problem"))
        return QCoreApplication::translate("Classifier", "broken MIME (%1)").arg(v);
    if (kind == QLatin1String("msgid-shape"))
        return QCoreApplication::translate("Classifier", "the shape of its Message-ID");
    if (kind == QLatin1String("msgid-dom") || kind == QLatin1String("msgid"))
        return QCoreApplication::translate("Classifier", "its Message-ID (%1)").arg(v);
    if (kind == QLatin1String("hdr"))
        return QCoreApplication::translate("Classifier", "a %1 header").arg(v);
    return QCoreApplication::translate("Classifier", "%1 %2").arg(kind, v);
}

QString Verdict::reasonsText(int max) const
{
    QStringList out;
    for (size_t i = 0; i < reasons.size() && int(i) < max; ++i)
        out << reasons[i].text;
    return out.join(QStringLiteral("; "));
}

QString Verdict::reasonsJson() const
{
    QJsonArray a;
    for (const Reason &r : reasons)
        a.append(QJsonObject{{QStringLiteral("text"), r.text}, {QStringLiteral("weight"), r.weight}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QStringList Verdict::reasonsFromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toObject().value(QStringLiteral("text")).toString();
    return out;
}

Verdict Classifier::classify(const MessageInput &m, bool explain) const
{
    TokenTrace trace;
    const TokenSet tokens = m_tok.tokenize(m, explain ? &trace : nullptr);
    const BayesResult single = scoreBayes(tokens.ids, m_model, m_bayes, explain ? 24 : 0);
    const BayesResult pairs = scoreBayes(tokens.pairs, m_model, m_bayes, explain ? 12 : 0);
    const std::vector<RuleHit> hits = evaluateRules(m);
    const LinearModel &linear = m_model.linear();
    // A linear model that learned far less than the counts (a profile trained before it
    // existed, then corrected a few times) would mislead the combiner fitted with a full one.
    const bool linearTrained = !linear.isEmpty() &&
                               2 * linear.messages() >= std::uint64_t(m_model.spamMessages()) + m_model.hamMessages();
    const CombinerWeights &w = m_w.forModel(linearTrained);
    Verdict v;
    v.score = combine(features(single, pairs, hits, linear.margin(tokens)), w);
    v.modelTooThin = int(m_model.spamMessages()) < w.minClassMessages ||
                     int(m_model.hamMessages()) < w.minClassMessages;
    if (v.modelTooThin && hits.empty())
        v.kind = store::Verdict::Unsure;
    else if (v.score >= w.spamThreshold)
        v.kind = store::Verdict::Spam;
    else if (v.score < w.hamThreshold)
        v.kind = store::Verdict::Ham;
    else
        v.kind = store::Verdict::Unsure;
    if (!explain)
        return v;

    // Rules, with their fitted weight.
    for (const RuleHit &h : hits) {
        double rw = 0;
        for (size_t i = 0; i < rules().size(); ++i)
            if (h.id == QLatin1String(rules()[i].id))
                rw = w.wRules[i] * h.strength;
        v.reasons.push_back({h.detail, rw});
    }
    // Tokens: the strongest ones on the side of the verdict (and the other side when unsure),
    // grouped as one sentence per side.
    // Words and adjacent pairs read best; pairs with a gap ("below … name") are left out.
    std::vector<TokenEvidence> strongest = single.strongest;
    strongest.insert(strongest.end(), pairs.strongest.begin(), pairs.strongest.end());
    std::stable_sort(strongest.begin(), strongest.end(), [](const TokenEvidence &a, const TokenEvidence &b) {
        return std::fabs(a.f - 0.5) > std::fabs(b.f - 0.5);
    });
    std::unordered_set<TokenId> wanted;
    for (const TokenEvidence &e : strongest)
        wanted.insert(e.id);
    const std::unordered_map<TokenId, QString> named = m_tok.explain(m, wanted, &trace);
    auto textOf = [&](TokenId id) -> QString {
        const auto it = named.find(id);
        return it == named.end() || it->second.contains(QChar(0x2026)) ? QString() : it->second;
    };
    // A token whose signal a fired rule already states in its own words ("HTML only, with no
    // plain-text version") is not said twice.
    auto statedByRule = [&](const QString &tokenText) {
        static const std::unordered_map<QString, QString> ruleOf = {
            {QStringLiteral("html:only"), QStringLiteral("html-only")},
            {QStringLiteral("html:hidden-text"), QStringLiteral("hidden-text")},
            {QStringLiteral("html:images-only"), QStringLiteral("images-only")},
            {QStringLiteral("url:ip-literal"), QStringLiteral("raw-ip-link")},
            {QStringLiteral("url:text-shows-other-domain"), QStringLiteral("link-text-mismatch")},
            {QStringLiteral("att:executable"), QStringLiteral("executable-attachment")},
        };
        const auto it = ruleOf.find(tokenText);
        return it != ruleOf.end() &&
               std::any_of(hits.begin(), hits.end(), [&](const RuleHit &h) { return h.id == it->second; });
    };
    for (const bool spamSide : {true, false}) {
        QStringList names;
        double sumF = 0, sumLogit = 0;
        int n = 0;
        for (const TokenEvidence &e : strongest) {
            if ((e.f > 0.5) != spamSide)
                continue;
            const QString t = textOf(e.id);
            if (t.isEmpty() || n >= 4 || statedByRule(t))
                continue;
            const QString name = describeToken(t);
            if (name.isEmpty() || names.contains(name))
                continue;
            names << name;
            sumF += e.f;
            sumLogit += logit(e.f);
            ++n;
        }
        if (n == 0)
            continue;
        const QString list = names.size() == 1 ? names.first()
                                               : names.mid(0, names.size() - 1).join(QStringLiteral(", ")) +
                                                     QCoreApplication::translate("Classifier", " and ") + names.last();
        const QString f = QString::number(sumF / n, 'f', 2);
        const QString text = spamSide
                                 ? (n == 1 ? QCoreApplication::translate("Classifier", "%1 is typical of spam (%2)") : QCoreApplication::translate("Classifier", "%1 are typical of spam (%2)")).arg(list, f)
                                 : (n == 1 ? QCoreApplication::translate("Classifier", "%1 is typical of normal mail (%2)") : QCoreApplication::translate("Classifier", "%1 are typical of normal mail (%2)"))
                                       .arg(list, f);
        v.reasons.push_back({text, sumLogit / n * std::sqrt(double(n)) * w.wGap});
    }
    if (v.modelTooThin)
        v.reasons.push_back({QCoreApplication::translate("Classifier", "too little mail has been learned yet to be sure"), 0});
    // Strongest first, on the verdict's side first.
    const double sign = v.kind == store::Verdict::Ham ? -1 : 1;
    std::stable_sort(v.reasons.begin(), v.reasons.end(), [sign](const Reason &a, const Reason &b) {
        return a.weight * sign > b.weight * sign;
    });
    return v;
}

} // namespace mailtide::classify
