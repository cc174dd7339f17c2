#include "selfcheck/Dmarc.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mailtide::selfcheck {

bool isDmarcRecord(const QString &txt)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*v\s*=\s*DMARC1\s*(;|$))"));
    return re.match(txt).hasMatch();
}

DmarcRecord parseDmarc(const QString &txt)
{
    DmarcRecord r;
    if (txt.size() > 4096) {
        r.errors << QCoreApplication::translate("Dmarc", "the record is %1 characters long").arg(txt.size());
        return r;
    }
    if (!isDmarcRecord(txt)) {
        r.errors << QCoreApplication::translate("Dmarc", "it does not start with v=DMARC1");
        return r;
    }
    const QStringList parts = txt.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.size() > 50) {
        r.errors << QCoreApplication::translate("Dmarc", "%1 tags; receivers read far fewer").arg(parts.size());
        return r;
    }
    bool sawP = false;
    int index = 0;
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (tag.isEmpty())
            continue;
        ++index;
        const qsizetype eq = tag.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            r.notes << QCoreApplication::translate("Dmarc", "\"%1\" is not a tag=value pair (ignored)").arg(tag.left(60));
            continue;
        }
        const QString name = tag.left(eq).trimmed().toLower();
        const QString value = tag.mid(eq + 1).trimmed();
        if (name == QLatin1String("v"))
            continue;
        if (name == QLatin1String("p")) {
            sawP = true;
            if (index != 2)
                r.notes << QCoreApplication::translate("Dmarc", "p= should come right after v=DMARC1");
            const QString v = value.toLower();
            if (v == QLatin1String("none") || v == QLatin1String("quarantine") || v == QLatin1String("reject"))
                r.policy = v;
            else
                r.errors << QCoreApplication::translate("Dmarc", "p=%1 is not a policy (none, quarantine or reject)").arg(value.left(40));
        } else if (name == QLatin1String("sp")) {
            const QString v = value.toLower();
            if (v == QLatin1String("none") || v == QLatin1String("quarantine") || v == QLatin1String("reject"))
                r.subdomainPolicy = v;
            else
                r.notes << QCoreApplication::translate("Dmarc", "sp=%1 is not a policy (ignored: p applies to subdomains)").arg(value.left(40));
        } else if (name == QLatin1String("pct")) {
            bool ok = false;
            const int pct = value.toInt(&ok);
            if (ok && pct >= 0 && pct <= 100)
                r.pct = pct;
            else
                r.notes << QCoreApplication::translate("Dmarc", "pct=%1 is not a number from 0 to 100 (ignored: 100 applies)").arg(value.left(40));
        } else if (name == QLatin1String("rua") || name == QLatin1String("ruf")) {
            QStringList uris;
            for (const QString &u : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString uri = u.trimmed();
                if (!uri.contains(QLatin1Char(':')))
                    r.notes << QCoreApplication::translate("Dmarc", "%1 address \"%2\" is not a URI such as mailto:dmarc@example.org").arg(name, uri.left(60));
                else
                    uris << uri;
            }
            (name == QLatin1String("rua") ? r.rua : r.ruf) = uris;
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            const QString v = value.toLower();
            if (v == QLatin1String("r") || v == QLatin1String("s"))
                (name == QLatin1String("adkim") ? r.adkim : r.aspf) = v.at(0);
            else
                r.notes << QCoreApplication::translate("Dmarc", "%1=%2 is not r or s (ignored: relaxed applies)").arg(name, value.left(20));
        } else if (name == QLatin1String("fo")) {
            r.fo = value;
        } else if (name == QLatin1String("rf") || name == QLatin1String("ri")) {
            // report format and interval: nothing to check for a sender
        } else {
            r.notes << QCoreApplication::translate("Dmarc", "unknown tag \"%1\" (ignored)").arg(name.left(40));
        }
    }
    if (!sawP) {
        // RFC 7489 6.6.3: without p=, a record with a valid rua= is read as p=none.
        if (!r.rua.isEmpty()) {
            r.policy = QStringLiteral("none");
            r.notes << QCoreApplication::translate("Dmarc", "no p= tag: receivers read it as p=none because rua= is set");
        } else {
            r.errors << QCoreApplication::translate("Dmarc", "no p= tag (the policy is required)");
        }
    }
    return r;
}

} // namespace mailtide::selfcheck
